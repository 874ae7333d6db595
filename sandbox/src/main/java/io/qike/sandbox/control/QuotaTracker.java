package io.qike.sandbox.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Enforces the per-key QPS and daily limits and the per-provider daily limit. Days follow
 * Asia/Shanghai, where the providers reset their counters at midnight. Calls refused for a limit
 * are not counted against it.
 */
@Component("registryQuotaTracker")
public class QuotaTracker {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private record KeySlot(Provider provider, String key) {
    }

    private final RegistrySandboxProperties.Limits defaults;
    private final Clock clock = Clock.system(CHINA);
    private final Map<KeySlot, ArrayDeque<Long>> recent = new HashMap<>();
    private final Map<KeySlot, Long> keyCalls = new HashMap<>();
    private final Map<Provider, Long> providerCalls = new HashMap<>();
    private LocalDate day;

    public QuotaTracker(RegistrySandboxProperties properties) {
        this.defaults = properties.getLimits();
    }

    /** Counts a call of an authenticated key, or returns the code of the limit that refuses it. */
    public synchronized String acquire(Credential credential, ProviderDialect dialect) {
        rollDay();
        KeySlot slot = new KeySlot(credential.provider(), credential.key());
        int qps = credential.qps() != null ? credential.qps() : defaults.getQpsPerKey();
        long now = System.nanoTime();
        ArrayDeque<Long> window = recent.computeIfAbsent(slot, s -> new ArrayDeque<>());
        while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
            window.pollFirst();
        }
        if (qps > 0 && window.size() >= qps) {
            return dialect.qpsLimitCode();
        }
        long providerLimit = defaults.getDailyCallsPerProvider();
        if (providerLimit > 0 && providerCalls.getOrDefault(credential.provider(), 0L) >= providerLimit) {
            return dialect.providerDailyLimitCode();
        }
        long keyLimit = credential.dailyLimit() != null ? credential.dailyLimit() : defaults.getDailyCallsPerKey();
        if (keyLimit > 0 && keyCalls.getOrDefault(slot, 0L) >= keyLimit) {
            return dialect.dailyLimitCode();
        }
        window.addLast(now);
        keyCalls.merge(slot, 1L, Long::sum);
        providerCalls.merge(credential.provider(), 1L, Long::sum);
        return null;
    }

    /** The limits in force; mutable, so tests can tighten them at run time. */
    public RegistrySandboxProperties.Limits limits() {
        return defaults;
    }

    /** Calls counted today for a key. */
    public synchronized long usedToday(Provider provider, String key) {
        rollDay();
        return keyCalls.getOrDefault(new KeySlot(provider, key), 0L);
    }

    /** Forgets all usage, as if a new day had started. */
    public synchronized void reset() {
        recent.clear();
        keyCalls.clear();
        providerCalls.clear();
    }

    private void rollDay() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day)) {
            day = today;
            keyCalls.clear();
            providerCalls.clear();
        }
    }
}
