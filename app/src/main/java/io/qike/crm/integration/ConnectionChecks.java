package io.qike.crm.integration;

import io.qike.crm.integration.http.HostNotAllowedException;
import io.qike.crm.integration.http.SsrfGuard;
import io.qike.crm.platform.validation.Checks;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Checks a connection draft before it is saved: URL, SSRF, credentials, limits. */
final class ConnectionChecks {
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$");

    private ConnectionChecks() {
    }

    /** @param hasKey / hasSecret whether a credential is stored already (on update) */
    static void check(ConnectionDraft d, boolean hasKey, boolean hasSecret, SsrfGuard guard) {
        Checks p = new Checks();
        p.text("name", d.name(), 100, true);
        url(p, d.baseUrl(), guard);
        if (d.authScheme() == null) p.add("authScheme", "required");
        else {
            if (d.authScheme().needsKey()) credential(p, "key", d.key(), hasKey);
            if (d.authScheme().needsSecret()) credential(p, "secret", d.secret(), hasSecret);
        }
        if (d.authParam() != null && !d.authParam().isBlank() && !TOKEN.matcher(d.authParam().trim()).matches()) {
            p.add("authParam", "pattern");
        }
        ConnectionLimits l = d.limits() == null ? ConnectionLimits.DEFAULTS : d.limits();
        p.range("limits.connectTimeoutMs", "integration.limits.connectTimeoutMs", l.connectTimeoutMs(), 100, 60_000);
        p.range("limits.readTimeoutMs", "integration.limits.readTimeoutMs", l.readTimeoutMs(), 100, 300_000);
        p.range("limits.maxRetries", "integration.limits.maxRetries", l.maxRetries(), 0, 5);
        p.range("limits.retryDelayMs", "integration.limits.retryDelayMs", l.retryDelayMs(), 0, 10_000);
        p.range("limits.qps", "integration.limits.qps", l.qps(), 0, 10_000);
        p.range("limits.maxConcurrent", "integration.limits.maxConcurrent", l.maxConcurrent(), 1, 1000);
        p.range("limits.maxResponseBytes", "integration.limits.maxResponseBytes", l.maxResponseBytes(), 1024, 50 * 1024 * 1024);
        p.range("limits.dailyBudget", "integration.limits.dailyBudget", l.dailyBudget(), 0, 100_000_000);
        p.range("limits.breakerWindow", "integration.limits.breakerWindow", l.breakerWindow(), 1, 1000);
        p.range("limits.breakerFailureRate", "integration.limits.breakerFailureRate", l.breakerFailureRate(), 1, 100);
        p.range("limits.breakerOpenSeconds", "integration.limits.breakerOpenSeconds", l.breakerOpenSeconds(), 1, 3600);
        if (l.costPerCall() != null && l.costPerCall().compareTo(BigDecimal.ZERO) < 0) p.add("limits.costPerCall", "out_of_range");
        p.throwIfAny();
    }

    private static void credential(Checks p, String field, String value, boolean stored) {
        if (value == null) {
            if (!stored) p.add(field, "required");
        } else if (value.isEmpty()) {
            p.add(field, "required");
        } else if (value.length() < 4) {
            p.add(field, "credential_short", 4);
        } else if (value.length() > 1000) {
            p.add(field, "too_long", 1000);
        }
    }

    static void url(Checks p, String text, SsrfGuard guard) {
        if (!p.required("baseUrl", text)) return;
        URI u;
        try {
            u = new URI(text.trim());
        } catch (URISyntaxException e) {
            p.add("baseUrl", "url");
            return;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase();
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getRawUserInfo() != null
                || u.getRawQuery() != null || u.getRawFragment() != null) {
            p.add("baseUrl", "url");
            return;
        }
        try {
            guard.check(u);
        } catch (HostNotAllowedException e) {
            p.add("baseUrl", "host_not_allowed", u.getHost());
        }
    }
}
