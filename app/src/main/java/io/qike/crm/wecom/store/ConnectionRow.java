package io.qike.crm.wecom.store;

import java.time.Instant;

/** A stored connection with its secrets still sealed (platform SecretBox, keyed by the tenant). */
public record ConnectionRow(long tenantId, String corpId, Integer agentId, String agentSecret, String contactsSecret,
                            String customerSecret, String callbackToken, String encodingAesKey, String baseUrl,
                            Instant updatedAt, Instant callbackVerifiedAt) {
    @Override
    public String toString() {
        return "ConnectionRow[tenantId=" + tenantId + ", corpId=" + corpId + "]";
    }
}
