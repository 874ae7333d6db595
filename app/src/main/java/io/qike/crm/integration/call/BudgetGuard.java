package io.qike.crm.integration.call;

import io.qike.crm.integration.IntegrationProperties;
import io.qike.crm.integration.store.OwnTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Daily call budgets per connection, counted in the database ({@code call_budget_use}) so that every
 * app node sharing it takes from the same count. A slot is taken just before a call is sent, by a
 * conditional update that cannot go past the budget however many callers race for the last one, and
 * given back when nothing was sent. The first call of a day starts the count from that day's ledger.
 *
 * <p>Each slot is taken and given back apart from the caller's transaction ({@link OwnTransaction}): inside it
 * the row would stay locked, and every other caller of the connection would wait, until the caller's
 * work committed, and a rollback of that work would hand back a slot whose call was made and paid.
 */
@Component
public class BudgetGuard {
    private final ZoneId zone;
    private final JdbcClient jdbc;
    private final OwnTransaction own;

    BudgetGuard(IntegrationProperties props, JdbcClient jdbc, OwnTransaction own) {
        this.zone = props.ledgerZone();
        this.jdbc = jdbc;
        this.own = own;
    }

    /** Today in the ledger's time zone: the day budgets and the ledger count. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** Takes one of today's {@code budget} calls of the connection; false when none is left. No budget: always true. */
    boolean tryAcquire(long tenantId, long connectionId, int budget) {
        if (budget <= 0) return true;
        LocalDate today = today();
        return Boolean.TRUE.equals(own.call(() -> {
            if (take(tenantId, connectionId, today, budget)) return true;
            // No row yet today (or none left): start today's count from the ledger, then try once more.
            // A node that started the count first wins the insert; the update then sees its row.
            jdbc.sql("""
                    insert into call_budget_use(tenant_id, connection_id, day, used)
                    select :tenant, :connection, :day, coalesce(sum(calls), 0) from call_ledger where day = :day and connection_id = :connection
                    on conflict do nothing""")
                    .param("tenant", tenantId).param("connection", connectionId).param("day", today).update();
            return take(tenantId, connectionId, today, budget);
        }));
    }

    /** Gives back a slot taken today whose call was not sent. */
    void release(long tenantId, long connectionId, int budget) {
        if (budget <= 0) return;
        LocalDate today = today();
        own.call(() -> jdbc.sql(
                        "update call_budget_use set used = used - 1 where tenant_id = ? and connection_id = ? and day = ? and used > 0")
                .params(tenantId, connectionId, today).update());
    }

    private boolean take(long tenantId, long connectionId, LocalDate day, int budget) {
        return jdbc.sql("update call_budget_use set used = used + 1 where tenant_id = ? and connection_id = ? and day = ? and used < ?")
                .params(tenantId, connectionId, day, budget).update() == 1;
    }
}
