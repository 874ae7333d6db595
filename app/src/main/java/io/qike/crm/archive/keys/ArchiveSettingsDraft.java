package io.qike.crm.archive.keys;

import java.util.List;

/** What the administrator sends: a field left out (null) keeps its stored value; the secrets are write-only. */
public record ArchiveSettingsDraft(String secret, String appSecret, List<String> trustedIps) {
    @Override
    public String toString() {
        return "ArchiveSettingsDraft[trustedIps=" + trustedIps + "]";
    }
}
