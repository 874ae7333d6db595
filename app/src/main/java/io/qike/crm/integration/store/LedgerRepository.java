package io.qike.crm.integration.store;

import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.LedgerRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The call ledger rows: one per tenant, day, connection and interface, updated by an atomic upsert per call. */
@Repository
public class LedgerRepository {
    private final JdbcClient jdbc;
    private final OwnTransaction own;

    LedgerRepository(JdbcClient jdbc, OwnTransaction own) {
        this.jdbc = jdbc;
        this.own = own;
    }

    /** One call, counted apart from the caller's transaction (see {@link OwnTransaction}). */
    public void record(LocalDate day, long connectionId, long interfaceId, FlowStatus status, long latencyMs, BigDecimal cost) {
        int s = status == FlowStatus.SUCCESS ? 1 : 0, e = status == FlowStatus.EMPTY ? 1 : 0, f = status == FlowStatus.FAILURE ? 1 : 0;
        own.call(() -> jdbc.sql("""
                insert into call_ledger(day, connection_id, interface_id, calls, successes, empties, failures, latency_ms, cost)
                values (:day, :conn, :api, 1, :s, :e, :f, :ms, :cost)
                on conflict (tenant_id, day, connection_id, interface_id) do update set
                  calls = call_ledger.calls + 1, successes = call_ledger.successes + :s, empties = call_ledger.empties + :e,
                  failures = call_ledger.failures + :f, latency_ms = call_ledger.latency_ms + :ms,
                  cost = call_ledger.cost + :cost""")
                .param("day", day).param("conn", connectionId).param("api", interfaceId).param("s", s).param("e", e)
                .param("f", f).param("ms", latencyMs).param("cost", cost == null ? BigDecimal.ZERO : cost).update());
    }

    /** Calls made today over one connection, for its daily budget. */
    public long callsOn(LocalDate day, long connectionId) {
        return jdbc.sql("select coalesce(sum(calls), 0) from call_ledger where day = ? and connection_id = ?")
                .params(day, connectionId).query(Long.class).single();
    }

    public List<LedgerRow> search(LocalDate from, LocalDate to, Long connectionId) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder where = new StringBuilder(" where l.day between :from and :to");
        p.put("from", from);
        p.put("to", to);
        if (connectionId != null) {
            where.append(" and l.connection_id = :conn");
            p.put("conn", connectionId);
        }
        return jdbc.sql("""
                select l.*, c.name as connection_name, i.name as interface_name from call_ledger l
                left join integration_connection c on c.id = l.connection_id
                left join integration_interface i on i.id = l.interface_id""" + where
                + " order by l.day desc, c.name, i.name limit 1000")
                .params(p).query((rs, n) -> new LedgerRow(rs.getObject("day", LocalDate.class), rs.getLong("connection_id"),
                        rs.getString("connection_name"), rs.getLong("interface_id"), rs.getString("interface_name"),
                        rs.getLong("calls"), rs.getLong("successes"), rs.getLong("empties"), rs.getLong("failures"),
                        rs.getLong("latency_ms"), rs.getBigDecimal("cost"))).list();
    }
}
