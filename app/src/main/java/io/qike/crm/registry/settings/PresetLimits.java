package io.qike.crm.registry.settings;

import io.qike.crm.integration.ConnectionLimits;

/** The connection limits of a (re)generated preset: what the admin tuned before, changed by what the request gives. */
final class PresetLimits {
    private PresetLimits() {
    }

    static ConnectionLimits of(ConnectionLimits existing, InitializeRequest r) {
        ConnectionLimits b = existing == null ? ConnectionLimits.DEFAULTS : existing.withDefaults();
        return new ConnectionLimits(b.connectTimeoutMs(), b.readTimeoutMs(), b.maxRetries(), b.retryDelayMs(),
                r.qps() != null ? r.qps() : b.qps(), b.maxConcurrent(), b.maxResponseBytes(),
                r.dailyBudget() != null ? r.dailyBudget() : b.dailyBudget(),
                r.costPerCall() != null ? r.costPerCall() : b.costPerCall(), b.breakerWindow(), b.breakerFailureRate(),
                b.breakerOpenSeconds());
    }
}
