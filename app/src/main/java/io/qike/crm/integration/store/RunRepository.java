package io.qike.crm.integration.store;

import io.qike.crm.integration.FlowRun;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.NodeTrace;
import io.qike.crm.integration.RunQuery;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Run log rows. Everything written here has already been redacted by the engine. */
@Repository
public class RunRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OwnTransaction own;

    RunRepository(JdbcClient jdbc, JsonMapper json, OwnTransaction own) {
        this.jdbc = jdbc;
        this.json = json;
        this.own = own;
    }

    /** Written apart from the caller's transaction (see {@link OwnTransaction}): kept when the caller's work rolls back. */
    public long insert(FlowRun r) {
        return own.call(() -> jdbc.sql("""
                insert into flow_run(kind, flow_api_name, flow_version, status, code, message, started_at, duration_ms, user_name,
                  inputs, outputs, nodes, error)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?) returning id""")
                .params(r.kind(), r.flowApiName(), r.flowVersion(), r.status().name(), r.code(), r.message(), r.startedAt(),
                        r.durationMs(), r.userName(), write(r.inputs()), write(r.outputs()), write(r.nodes()), r.error())
                .query(Long.class).single());
    }

    public Optional<FlowRun> find(long id) {
        return jdbc.sql("select * from flow_run where id = ?").param(id).query((rs, n) -> map(rs, true)).optional();
    }

    /** Runs newest first; {@code maxDays} hides runs past retention even before they are deleted. */
    public List<FlowRun> search(RunQuery q, int maxDays, ZoneId zone) {
        StringBuilder where = new StringBuilder(" where started_at >= now() - make_interval(days => :days)");
        Map<String, Object> p = new HashMap<>();
        p.put("days", maxDays);
        if (q.flow() != null && !q.flow().isBlank()) { where.append(" and flow_api_name = :flow"); p.put("flow", q.flow().trim()); }
        if (q.status() != null) { where.append(" and status = :status"); p.put("status", q.status().name()); }
        if (q.from() != null) { where.append(" and started_at >= :from"); p.put("from", q.from().atStartOfDay(zone).toOffsetDateTime()); }
        if (q.to() != null) { where.append(" and started_at < :to"); p.put("to", q.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()); }
        if (q.q() != null && !q.q().isBlank()) {
            where.append(" and (inputs::text ilike :q or outputs::text ilike :q or coalesce(error, '') ilike :q"
                    + " or coalesce(message, '') ilike :q or coalesce(code, '') ilike :q or flow_api_name ilike :q)");
            p.put("q", io.qike.crm.platform.validation.Like.contains(q.q()));
        }
        return jdbc.sql("select * from flow_run" + where + " order by started_at desc, id desc limit :limit offset :offset")
                .params(p).param("limit", q.size()).param("offset", q.page() * q.size()).query((rs, n) -> map(rs, false)).list();
    }

    /** Deletes runs past the retention: older than {@code maxDays}, or beyond the newest {@code maxRuns}. */
    public int prune(int maxRuns, int maxDays) {
        int old = jdbc.sql("delete from flow_run where started_at < now() - make_interval(days => ?)").param(maxDays).update();
        int extra = jdbc.sql("""
                delete from flow_run where id in (select id from flow_run order by started_at desc, id desc offset ?)""")
                .param(maxRuns).update();
        return old + extra;
    }

    private String write(Object o) {
        return o == null ? null : json.writeValueAsString(o);
    }

    private FlowRun map(java.sql.ResultSet rs, boolean details) throws java.sql.SQLException {
        Map<String, Object> inputs = read(rs.getString("inputs"), new TypeReference<>() { });
        Map<String, Object> outputs = details ? read(rs.getString("outputs"), new TypeReference<Map<String, Object>>() { }) : null;
        List<NodeTrace> nodes = details ? read(rs.getString("nodes"), new TypeReference<List<NodeTrace>>() { }) : null;
        return new FlowRun(rs.getLong("id"), rs.getString("kind"), rs.getString("flow_api_name"),
                rs.getObject("flow_version", Integer.class), FlowStatus.valueOf(rs.getString("status")), rs.getString("code"),
                rs.getString("message"), rs.getObject("started_at", OffsetDateTime.class), rs.getLong("duration_ms"),
                rs.getString("user_name"), inputs, outputs, nodes, rs.getString("error"));
    }

    private <T> T read(String s, TypeReference<T> type) {
        return s == null ? null : json.readValue(s, type);
    }
}
