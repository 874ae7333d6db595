package io.qike.crm.integration.call;

import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.AuthScheme;
import io.qike.crm.integration.CallResult;
import io.qike.crm.integration.ConnectionLimits;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.IntegrationProperties;
import io.qike.crm.integration.http.RawResponse;
import io.qike.crm.integration.http.HostNotAllowedException;
import io.qike.crm.integration.http.ResponseTooLargeException;
import io.qike.crm.integration.store.LedgerRepository;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.stereotype.Component;

/**
 * Calls one interface over one connection: fills the templates, then per attempt passes the circuit
 * breaker, the QPS limit, the concurrency limit and the daily budget, signs, sends, judges the
 * answer by the interface's rules and books the attempt in the ledger. Retryable failures are retried
 * with back-off. Never throws for a failing outside service; bad parameters are an
 * {@link io.qike.crm.platform.InvalidInputException}.
 */
@Component
public class InterfaceCaller {
    private static final Logger log = LoggerFactory.getLogger(InterfaceCaller.class);
    private final ConnectionRuntimes runtimes;
    private final BudgetGuard budgets;
    private final LedgerRepository ledger;
    private final int maxBodyChars;

    InterfaceCaller(ConnectionRuntimes runtimes, BudgetGuard budgets, LedgerRepository ledger, IntegrationProperties props) {
        this.runtimes = runtimes;
        this.budgets = budgets;
        this.ledger = ledger;
        this.maxBodyChars = props.runLog().maxBodyChars();
    }

    public CallResult call(ApiInterface api, ConnectionTarget target, Map<String, Object> params) {
        Map<String, String> values = RequestBuilder.values(api.definition().params(), params, "params.");
        PreparedRequest prepared = RequestBuilder.prepare(api.definition(), target.connection().baseUrl(), values);
        Set<String> secrets = new LinkedHashSet<>();
        if (target.key() != null) secrets.add(target.key());
        if (target.secret() != null) secrets.add(target.secret());
        long t0 = System.nanoTime();
        AtomicInteger attempts = new AtomicInteger();
        CallAttempt last;
        if (!target.connection().enabled()) {
            last = refused("connection_disabled");
        } else {
            ConnectionRuntime rt = runtimes.of(target.tenantId(), target.connection());
            last = withRetries(rt, () -> attempt(api, target, rt, prepared, attempts, secrets));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String authHeader = target.connection().authScheme() == AuthScheme.HEADER_KEY ? target.connection().authParam() : null;
        CallResult result = CallResults.of(api.definition(), prepared, last, attempts.get(), ms, new Redactor(secrets, authHeader),
                maxBodyChars);
        log.debug("Called {} on connection {}: {} {} in {} ms, {} attempt(s)", api.apiName(), target.connection().id(),
                result.status(), result.code(), ms, attempts.get());
        return result;
    }

    private static CallAttempt withRetries(ConnectionRuntime rt, java.util.function.Supplier<CallAttempt> attempt) {
        try {
            if (rt.retry == null) return attempt.get();
            return rt.retry.execute(attempt::get);
        } catch (RetryableFailure f) {
            return f.attempt;
        } catch (RetryException e) {
            if (e.getLastException() instanceof RetryableFailure f) return f.attempt;
            throw new IllegalStateException("Interface call failed unexpectedly", e.getLastException());
        }
    }

    private CallAttempt attempt(ApiInterface api, ConnectionTarget t, ConnectionRuntime rt, PreparedRequest p,
                            AtomicInteger attempts, Set<String> secrets) {
        ConnectionLimits l = rt.limits;
        long connectionId = t.connection().id();
        if (!rt.breaker.tryAcquirePermission()) return refused("circuit_open");
        if (rt.limiter != null && !rt.limiter.acquirePermission()) {
            rt.breaker.releasePermission();
            return refused("rate_limited");
        }
        if (!acquire(rt)) {
            rt.breaker.releasePermission();
            return refused("concurrency_limited");
        }
        try {
            if (!budgets.tryAcquire(t.tenantId(), connectionId, l.dailyBudget())) {
                rt.breaker.releasePermission();
                return refused("budget_exhausted");
            }
            attempts.incrementAndGet();
            Signer.Signed signed = Signer.sign(p, t, System.currentTimeMillis());
            secrets.addAll(signed.secrets());
            long start = System.nanoTime();
            RawResponse answer = null;
            ResponseReader.Verdict v;
            String error = null;
            try {
                answer = rt.client.send(signed.request(), l.maxResponseBytes());
                v = ResponseReader.judge(api.definition(), answer.status(), answer.body());
            } catch (HostNotAllowedException e) {
                budgets.release(t.tenantId(), connectionId, l.dailyBudget());
                rt.breaker.releasePermission();
                return new CallAttempt(signed.request(), null, ResponseReader.Verdict.failure("host_not_allowed", false, false),
                        e.getMessage(), 0);
            } catch (ResponseTooLargeException e) {
                v = ResponseReader.Verdict.failure("response_too_large", false, false);
                error = e.getMessage();
            } catch (InterruptedIOException e) {
                v = ResponseReader.Verdict.failure("timeout", true, true);
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (IOException e) {
                v = ResponseReader.Verdict.failure("network_error", true, true);
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (v.unhealthy()) rt.breaker.onError(ms, TimeUnit.MILLISECONDS, new IOException(v.code()));
            else rt.breaker.onSuccess(ms, TimeUnit.MILLISECONDS);
            book(connectionId, api.id(), v.status(), ms, v.status() == FlowStatus.SUCCESS ? l.costPerCall() : null);
            CallAttempt a = new CallAttempt(signed.request(), answer, v, error, ms);
            if (v.retryable()) throw new RetryableFailure(a);
            return a;
        } finally {
            rt.permits.release();
        }
    }

    private static boolean acquire(ConnectionRuntime rt) {
        try {
            return rt.permits.tryAcquire(rt.waitMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void book(long connectionId, long interfaceId, FlowStatus status, long ms, java.math.BigDecimal cost) {
        try {
            ledger.record(budgets.today(), connectionId, interfaceId, status, ms, cost);
        } catch (RuntimeException e) {
            // The call happened; a ledger hiccup must not turn its result into an error.
            log.warn("Could not book a call of interface {} in the ledger: {}", interfaceId, e.getMessage());
        }
    }

    private static CallAttempt refused(String code) {
        return new CallAttempt(null, null, ResponseReader.Verdict.failure(code, false, false), null, 0);
    }
}
