package io.qike.crm.archive;

/** What the puller needs to call the archive: from the WeCom connection (corp id, base URL) and the archive settings. */
public record ArchiveCredentials(long tenantId, String corpId, String secret, String appSecret, String baseUrl) {
    @Override
    public String toString() {
        return "ArchiveCredentials[tenantId=" + tenantId + ", corpId=" + corpId + ", baseUrl=" + baseUrl + "]";
    }
}
