package io.qike.crm.integration;

import java.math.BigDecimal;

/**
 * Resilience and cost settings of one connection. Zero means "no limit" for {@code qps},
 * {@code dailyBudget} and {@code maxRetries}.
 *
 * @param connectTimeoutMs    TCP connect timeout
 * @param readTimeoutMs       time to wait for the answer
 * @param maxRetries          retries after the first attempt, only for retryable failures
 * @param retryDelayMs        first back-off delay; doubled on each retry
 * @param qps                 calls per second to this connection
 * @param maxConcurrent       calls in flight at once
 * @param maxResponseBytes    larger answers are refused
 * @param dailyBudget         calls per day (the enterprise's day, see BudgetGuard) before further calls are blocked
 * @param costPerCall         what one successful call costs, for the ledger (optional)
 * @param breakerWindow       how many recent calls the circuit breaker looks at
 * @param breakerFailureRate  percentage of failures among them that opens the circuit
 * @param breakerOpenSeconds  how long the circuit stays open before one trial call
 */
public record ConnectionLimits(Integer connectTimeoutMs, Integer readTimeoutMs, Integer maxRetries, Integer retryDelayMs,
                               Integer qps, Integer maxConcurrent, Integer maxResponseBytes, Integer dailyBudget,
                               BigDecimal costPerCall, Integer breakerWindow, Integer breakerFailureRate,
                               Integer breakerOpenSeconds) {

    public static final ConnectionLimits DEFAULTS = new ConnectionLimits(3000, 10000, 2, 200, 20, 10, 2 * 1024 * 1024, 0,
            null, 10, 50, 30);

    /** Missing values take the defaults, so a client may send only what it wants to change. */
    public ConnectionLimits withDefaults() {
        ConnectionLimits d = DEFAULTS;
        return new ConnectionLimits(or(connectTimeoutMs, d.connectTimeoutMs), or(readTimeoutMs, d.readTimeoutMs),
                or(maxRetries, d.maxRetries), or(retryDelayMs, d.retryDelayMs), or(qps, d.qps),
                or(maxConcurrent, d.maxConcurrent), or(maxResponseBytes, d.maxResponseBytes), or(dailyBudget, d.dailyBudget),
                costPerCall, or(breakerWindow, d.breakerWindow), or(breakerFailureRate, d.breakerFailureRate),
                or(breakerOpenSeconds, d.breakerOpenSeconds));
    }

    private static Integer or(Integer v, Integer fallback) {
        return v == null ? fallback : v;
    }
}
