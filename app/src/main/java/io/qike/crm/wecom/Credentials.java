package io.qike.crm.wecom;

import java.time.Instant;

/** A connection with its secrets opened: never leaves the module, never printed. */
record Credentials(long tenantId, String corpId, Integer agentId, String agentSecret, String contactsSecret,
                   String customerSecret, String callbackToken, String encodingAesKey, String baseUrl, Instant updatedAt) {
    String secret(WecomSecret which) {
        return switch (which) {
            case APP -> agentSecret;
            case CONTACTS -> contactsSecret;
            case CUSTOMER -> customerSecret;
        };
    }

    @Override
    public String toString() {
        return "Credentials[tenantId=" + tenantId + ", corpId=" + corpId + "]";
    }
}
