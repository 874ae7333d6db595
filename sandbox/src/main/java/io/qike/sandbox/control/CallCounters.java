package io.qike.sandbox.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/**
 * Counts calls per provider, key and endpoint, so tests and benchmarks can check how many paid
 * calls the product made (in-JVM through this bean, or over HTTP at /sandbox/admin/counters).
 */
@Component("registryCallCounters")
public class CallCounters {

    private record Slot(Provider provider, String key, String endpoint) {
    }

    private static final class Counter {
        final LongAdder calls = new LongAdder();
        final LongAdder billable = new LongAdder();
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    }

    private final Map<Slot, Counter> counters = new ConcurrentHashMap<>();

    /** Records one call; {@code key} is what the caller sent ("" when it sent none). */
    public void record(Provider provider, String key, String endpoint, String outcome, boolean billable) {
        Counter c = counters.computeIfAbsent(new Slot(provider, key == null ? "" : key, endpoint), s -> new Counter());
        c.calls.increment();
        if (billable) {
            c.billable.increment();
        }
        c.outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    /** Counts matching the filters; a null filter matches everything. Sorted by provider, key, endpoint. */
    public List<CallCount> snapshot(Provider provider, String key, String endpoint) {
        return counters.entrySet().stream()
                .filter(e -> matches(e.getKey(), provider, key, endpoint))
                .map(e -> {
                    Map<String, Long> outcomes = new TreeMap<>();
                    e.getValue().outcomes.forEach((o, n) -> outcomes.put(o, n.sum()));
                    Slot s = e.getKey();
                    return new CallCount(s.provider().id(), s.key(), s.endpoint(), e.getValue().calls.sum(),
                            e.getValue().billable.sum(), outcomes);
                })
                .sorted(Comparator.comparing(CallCount::provider).thenComparing(CallCount::key).thenComparing(CallCount::endpoint))
                .toList();
    }

    public List<CallCount> snapshot() {
        return snapshot(null, null, null);
    }

    /** All calls matching the filters (null matches everything). */
    public long calls(Provider provider, String key, String endpoint) {
        return snapshot(provider, key, endpoint).stream().mapToLong(CallCount::calls).sum();
    }

    /** Billable calls matching the filters (null matches everything). */
    public long billable(Provider provider, String key, String endpoint) {
        return snapshot(provider, key, endpoint).stream().mapToLong(CallCount::billable).sum();
    }

    public void reset() {
        counters.clear();
    }

    public void reset(Provider provider) {
        counters.keySet().removeIf(s -> s.provider() == provider);
    }

    private static boolean matches(Slot s, Provider provider, String key, String endpoint) {
        return (provider == null || s.provider() == provider) && (key == null || s.key().equals(key))
                && (endpoint == null || s.endpoint().equals(endpoint));
    }
}
