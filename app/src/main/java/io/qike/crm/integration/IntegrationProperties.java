package io.qike.crm.integration;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code qike.integration.*}.
 *
 * @param masterKey    base64 of the 32-byte AES key that encrypts connection credentials; when empty, one
 *                     is generated once and kept in {@code <qike.data-dir>/master.key}
 * @param allowedHosts hosts that may be private or loopback addresses: a host name or IP literal exactly
 *                     as written in the URL (optionally {@code :port}), or a CIDR range of resolved addresses
 * @param runLog       run log retention and size limits
 */
@org.springframework.modulith.NamedInterface("flows")
@ConfigurationProperties("qike.integration")
public record IntegrationProperties(String masterKey, List<String> allowedHosts, RunLog runLog) {

    /**
     * @param maxRuns      runs kept per tenant (older ones are deleted)
     * @param maxDays      days a run is kept
     * @param maxBodyChars longest response body kept in a run log
     */
    public record RunLog(int maxRuns, int maxDays, int maxBodyChars) {
        public RunLog {
            if (maxRuns <= 0) maxRuns = 10_000;
            if (maxDays <= 0) maxDays = 30;
            if (maxBodyChars <= 0) maxBodyChars = 64 * 1024;
        }
    }

    public IntegrationProperties {
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        if (runLog == null) runLog = new RunLog(0, 0, 0);
    }
}
