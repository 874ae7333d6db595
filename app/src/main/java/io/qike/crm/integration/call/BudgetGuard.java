package io.qike.crm.integration.call;

import io.qike.crm.integration.IntegrationProperties;
import io.qike.crm.integration.store.LedgerStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Daily call budgets per connection. Counted in memory (seeded from today's ledger on first use) so a
 * budget holds under concurrent callers without a database round trip per call; a slot is taken
 * just before sending and given back when nothing was sent.
 */
@Component
public class BudgetGuard {
    private final LedgerStore ledger;
    private final ZoneId zone;
    private volatile LocalDate day;
    private volatile Map<String, AtomicLong> used = new ConcurrentHashMap<>();

    BudgetGuard(LedgerStore ledger, IntegrationProperties props) {
        this.ledger = ledger;
        this.zone = props.ledgerZone();
    }

    public LocalDate today() {
        LocalDate now = LocalDate.now(zone);
        if (!now.equals(day)) {
            synchronized (this) {
                if (!now.equals(day)) {
                    used = new ConcurrentHashMap<>();
                    day = now;
                }
            }
        }
        return now;
    }

    boolean tryAcquire(long tenantId, long connectionId, int budget) {
        if (budget <= 0) return true;
        LocalDate today = today();
        AtomicLong count = used.computeIfAbsent(tenantId + ":" + connectionId, k -> new AtomicLong(ledger.callsOn(today, connectionId)));
        if (count.incrementAndGet() <= budget) return true;
        count.decrementAndGet();
        return false;
    }

    void release(long tenantId, long connectionId, int budget) {
        if (budget <= 0) return;
        AtomicLong count = used.get(tenantId + ":" + connectionId);
        if (count != null) count.decrementAndGet();
    }

    /** Forgets the counted calls of a connection, for example when its budget was raised. */
    public void forget(long tenantId, long connectionId) {
        used.remove(tenantId + ":" + connectionId);
    }
}
