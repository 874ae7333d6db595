package io.qike.crm.archive.keys;

import java.time.Instant;
import java.util.List;

/** The stored archive settings, secrets still sealed. */
record SettingsRow(long tenantId, String secret, String appSecret, List<String> trustedIps, Instant updatedAt) {
    @Override
    public String toString() {
        return "SettingsRow[tenantId=" + tenantId + ", trustedIps=" + trustedIps + "]";
    }
}
