package io.qike.crm.integration.call;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.qike.crm.integration.Connection;
import io.qike.crm.integration.ConnectionLimits;
import io.qike.crm.integration.http.SsrfGuard;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** One {@link ConnectionRuntime} per tenant and connection, rebuilt when its limits change. */
@Component
public class ConnectionRuntimes implements DisposableBean {
    private final SsrfGuard guard;
    private final Map<String, ConnectionRuntime> runtimes = new ConcurrentHashMap<>();

    ConnectionRuntimes(SsrfGuard guard) {
        this.guard = guard;
    }

    ConnectionRuntime of(long tenantId, Connection c) {
        ConnectionLimits limits = c.limits().withDefaults();
        String key = tenantId + ":" + c.id();
        ConnectionRuntime current = runtimes.get(key);
        if (current != null && current.limits.equals(limits)) return current;
        return runtimes.compute(key, (k, old) -> {
            if (old != null && old.limits.equals(limits)) return old;
            if (old != null) old.close();
            return new ConnectionRuntime("connection-" + k, limits, guard);
        });
    }

    /** The circuit state of a connection (CLOSED when it has not been called yet). */
    public String circuitState(long tenantId, long connectionId) {
        return Optional.ofNullable(runtimes.get(tenantId + ":" + connectionId)).map(r -> r.breaker.getState())
                .orElse(CircuitBreaker.State.CLOSED).name();
    }

    public void forget(long tenantId, long connectionId) {
        ConnectionRuntime r = runtimes.remove(tenantId + ":" + connectionId);
        if (r != null) r.close();
    }

    @Override
    public void destroy() {
        runtimes.values().forEach(ConnectionRuntime::close);
        runtimes.clear();
    }
}
