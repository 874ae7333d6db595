package io.qike.crm.registry.lookup;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.store.HitRepository;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts lookups answered by the cache, per tenant, day (the enterprise's day, like the call ledger's), provider and kind.
 * Counted in memory and written every few seconds, so a cached lookup costs no database write; the
 * cost page flushes first. A crash loses at most the last seconds' counts.
 */
@Component
public class HitCounter {
    private static final Logger log = LoggerFactory.getLogger(HitCounter.class);

    private record Key(long tenantId, LocalDate day, String provider, String kind) {
    }

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final HitRepository store;
    private final EnterpriseTime time;

    HitCounter(HitRepository store, EnterpriseTime time) {
        this.store = store;
        this.time = time;
    }

    void hit(long tenantId, RegistryProvider provider, String kind) {
        if (provider == null) return;
        counts.computeIfAbsent(new Key(tenantId, time.today(tenantId), provider.code(), kind), k -> new LongAdder()).increment();
    }

    /** Node-local housekeeping, not a RecurringTask: the counts are in this node's memory, so every node flushes its own. */
    @Scheduled(fixedDelay = 5000, initialDelay = 5000)
    public void flush() {
        for (Map.Entry<Key, LongAdder> e : counts.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n == 0) {
                if (e.getKey().day().isBefore(time.today(e.getKey().tenantId()))) counts.remove(e.getKey(), e.getValue()); // yesterday's are done
                continue;
            }
            Key k = e.getKey();
            try {
                TenantContext.runAs(k.tenantId(), () -> store.add(k.day(), k.provider(), k.kind(), n));
            } catch (RuntimeException ex) {
                e.getValue().add(n); // kept for the next flush
                log.warn("Could not write registry cache hits: {}", ex.getMessage());
            }
        }
    }

    /** Today in the current enterprise. */
    public LocalDate today() {
        return time.today();
    }
}
