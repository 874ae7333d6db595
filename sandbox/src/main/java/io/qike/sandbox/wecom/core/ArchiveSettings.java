package io.qike.sandbox.wecom.core;

import java.util.List;

/**
 * The archive's console settings: its trusted IPs (可信IP地址, checked by the Finance SDK, error 10009)
 * and when the purchased archive licence ends (then errcode 301052).
 */
public class ArchiveSettings {
    private volatile List<String> trustedIps = List.of("127.0.0.0/8", "::1");
    private volatile long licenceExpiresAtMillis;

    public ArchiveSettings(long licenceExpiresAtMillis) {
        this.licenceExpiresAtMillis = licenceExpiresAtMillis;
    }

    public List<String> trustedIps() { return trustedIps; }
    public void trustedIps(List<String> ips) { this.trustedIps = List.copyOf(ips); }
    public long licenceExpiresAtMillis() { return licenceExpiresAtMillis; }
    public void licenceExpiresAtMillis(long t) { this.licenceExpiresAtMillis = t; }
}
