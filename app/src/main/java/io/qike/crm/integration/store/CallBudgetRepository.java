package io.qike.crm.integration.store;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Daily call budget counts per connection ({@code call_budget_use}). Callers run these apart from their own
 * transaction ({@link OwnTransaction}), so that a taken slot neither holds the row locked nor comes back on rollback.
 */
@Repository
public class CallBudgetRepository {
    private final JdbcClient jdbc;

    CallBudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts the day's count from the ledger; a node that started it first wins the insert and this does nothing. */
    public void startDay(long tenantId, long connectionId, LocalDate day) {
        jdbc.sql("""
                insert into call_budget_use(tenant_id, connection_id, day, used)
                select :tenant, :connection, :day, coalesce(sum(calls), 0) from call_ledger where day = :day and connection_id = :connection
                on conflict do nothing""")
                .param("tenant", tenantId).param("connection", connectionId).param("day", day).update();
    }

    /** Takes one slot unless {@code budget} are used: the slots used now; null when none is left or the day has no count yet. */
    public Integer take(long tenantId, long connectionId, LocalDate day, int budget) {
        return jdbc.sql("""
                update call_budget_use set used = used + 1 where tenant_id = ? and connection_id = ? and day = ? and used < ?
                returning used""")
                .params(tenantId, connectionId, day, budget).query(Integer.class).optional().orElse(null);
    }

    /** Gives back one slot of the day. */
    public int release(long tenantId, long connectionId, LocalDate day) {
        return jdbc.sql(
                        "update call_budget_use set used = used - 1 where tenant_id = ? and connection_id = ? and day = ? and used > 0")
                .params(tenantId, connectionId, day).update();
    }
}
