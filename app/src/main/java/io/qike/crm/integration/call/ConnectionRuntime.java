package io.qike.crm.integration.call;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.qike.crm.integration.ConnectionLimits;
import io.qike.crm.integration.http.OutboundClient;
import io.qike.crm.integration.http.SsrfGuard;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * The live resilience state of one connection: its HTTP client and pool, circuit breaker
 * (Resilience4j, count-based window), QPS limiter (Resilience4j), concurrency limit (a fair
 * semaphore: callers wait for a slot, as long as one call may take) and retry template (Spring
 * Framework's, exponential back-off, only for {@link RetryableFailure}s).
 */
final class ConnectionRuntime implements AutoCloseable {
    final ConnectionLimits limits;
    final OutboundClient client;
    final CircuitBreaker breaker;
    final RateLimiter limiter;
    final Semaphore permits;
    final RetryTemplate retry;

    ConnectionRuntime(String name, ConnectionLimits limits, SsrfGuard guard) {
        this.limits = limits;
        this.client = new OutboundClient(guard, limits.connectTimeoutMs(), limits.readTimeoutMs(), limits.maxConcurrent());
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(limits.breakerWindow()).minimumNumberOfCalls(limits.breakerWindow())
                .failureRateThreshold(limits.breakerFailureRate())
                .waitDurationInOpenState(Duration.ofSeconds(limits.breakerOpenSeconds()))
                .permittedNumberOfCallsInHalfOpenState(1).build());
        this.limiter = limits.qps() <= 0 ? null : RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(limits.qps()).limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofMillis(waitMillis())).build());
        this.permits = new Semaphore(limits.maxConcurrent(), true);
        this.retry = limits.maxRetries() <= 0 ? null : new RetryTemplate(RetryPolicy.builder()
                .maxRetries(limits.maxRetries()).delay(Duration.ofMillis(Math.max(1, limits.retryDelayMs())))
                .multiplier(2).maxDelay(Duration.ofSeconds(10))
                .predicate(t -> t instanceof RetryableFailure).build());
    }

    /** How long a caller may wait for a QPS or concurrency slot: about as long as one call may take. */
    long waitMillis() {
        return (long) limits.connectTimeoutMs() + limits.readTimeoutMs();
    }

    @Override
    public void close() {
        client.close();
    }
}
