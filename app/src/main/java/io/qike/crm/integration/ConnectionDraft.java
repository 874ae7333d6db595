package io.qike.crm.integration;

/**
 * What an administrator enters for a connection. On update a null {@code key} or {@code secret}
 * keeps the stored one (forms never show it again); an empty string clears it.
 */
public record ConnectionDraft(Long connectorId, String name, String baseUrl, AuthScheme authScheme, String authParam,
                              String key, String secret, ConnectionLimits limits, Boolean enabled) {

    /** The same draft with the credentials hidden, for logs and error messages. */
    @Override
    public String toString() {
        return "ConnectionDraft[connectorId=" + connectorId + ", name=" + name + ", baseUrl=" + baseUrl + ", authScheme="
                + authScheme + ", key=" + (key == null ? null : "••••") + ", secret=" + (secret == null ? null : "••••") + "]";
    }
}
