package io.qike.sandbox.wecom.core;

import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-endpoint call counters and injected faults. Endpoints are keyed by their path below
 * /sandbox/wecom, e.g. "/cgi-bin/user/get" or "/finance/GetChatData".
 */
@Component("wecomApiTraffic")
public class ApiTraffic implements Resettable {
    /**
     * latencyMs is added before answering; then httpStatus (if > 0) is answered instead of the API, else
     * errcode (if set) is answered as a JSON error; times counts down (negative: until cleared).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Fault(long latencyMs, int httpStatus, Integer errcode, int times) {
    }

    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();

    public void count(String endpoint) {
        calls.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
    }

    public Map<String, Long> counters() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public void fault(String endpoint, Fault f) {
        faults.put(endpoint, f);
    }

    public Map<String, Fault> faults() {
        return new TreeMap<>(faults);
    }

    /** The fault to apply to this call, using up one of its times. */
    public Fault take(String endpoint) {
        Fault[] taken = new Fault[1];
        faults.computeIfPresent(endpoint, (k, f) -> {
            taken[0] = f;
            if (f.times() < 0) {
                return f;
            }
            return f.times() <= 1 ? null : new Fault(f.latencyMs(), f.httpStatus(), f.errcode(), f.times() - 1);
        });
        return taken[0];
    }

    public void clearCounters() {
        calls.clear();
    }

    public void clearFaults() {
        faults.clear();
    }

    @Override
    public void reset() {
        clearCounters();
        clearFaults();
    }
}
