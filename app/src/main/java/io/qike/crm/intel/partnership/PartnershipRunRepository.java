package io.qike.crm.intel.partnership;

import io.qike.crm.intel.plan.Plan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Storage of runs, their calls and their de-duplicated relations (tenant-scoped by row-level security). A run read
 * here has no {@code createdByName}: the starter's name is the platform's to give ({@link PartnershipMining}).
 */
@Repository
public class PartnershipRunRepository {
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
    private static final TypeReference<List<List<String>>> CALLS = new TypeReference<>() {};
    private static final String SELECT = """
            select r.*, (select count(*) from intel_relation x where x.run_id = r.id) as relation_count
            from intel_partnership_run r""";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    PartnershipRunRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long create(String origin, List<String> companies, Plan plan, Long previousRunId, long userId) {
        return jdbc.sql("""
                insert into intel_partnership_run(status, origin, companies, plan, planned_calls, lower_bound, naive_calls, construction,
                                                  previous_run_id, created_by)
                values ('RUNNING', ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?) returning id""")
                .params(origin, json.writeValueAsString(companies), json.writeValueAsString(plan.calls()), plan.callCount(),
                        plan.lowerBound(), plan.naiveCalls(), plan.construction(), previousRunId, userId)
                .query(Long.class).single();
    }

    void attachJob(long runId, long jobId) {
        jdbc.sql("update intel_partnership_run set job_id = ? where id = ?").params(jobId, runId).update();
    }

    public Optional<PartnershipRun> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::run).optional();
    }

    /** The latest runs, of one starter or (null) of everyone. */
    public List<PartnershipRun> recent(int limit, Long createdBy) {
        return jdbc.sql(SELECT + " where (cast(? as bigint) is null or r.created_by = ?) order by r.created_at desc, r.id desc limit ?")
                .params(createdBy, createdBy, limit).query(this::run).list();
    }

    /** The starter's latest finished run before this one that shares at least two companies with it (runs are their starter's). */
    Optional<Long> previousOverlapping(List<String> companies, long createdBy) {
        return jdbc.sql("""
                select id from intel_partnership_run
                where status = 'DONE' and created_by = ? and (select count(*) from jsonb_array_elements_text(companies) c where c = any(?)) >= 2
                order by created_at desc, id desc limit 1""").params(createdBy, companies.toArray(String[]::new)).query(Long.class).optional();
    }

    /** Records one answered call and its relations; a relation already found by an earlier call is kept once. */
    void recordCall(long runId, int callIndex, CallAnswer answer) {
        int inserted = jdbc.sql("""
                insert into intel_partnership_call(run_id, call_index, request_id, outcome, relations) values (?, ?, ?, ?, ?)
                on conflict (run_id, call_index) do nothing""")
                .params(runId, callIndex, answer.requestId(), answer.relations().isEmpty() ? "EMPTY" : "SUCCESS", answer.relations().size())
                .update();
        if (inserted == 0) return; // recorded before a restart; the checkpoint was not
        for (Relation r : answer.relations()) {
            jdbc.sql("""
                    insert into intel_relation(run_id, relation_key, company_name, related_company_name, amount, public_date, source,
                                               request_id, call_index)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (run_id, relation_key) do nothing""")
                    .params(runId, r.key(), r.companyName(), r.relatedCompanyName(), r.amount(), r.publicDate(), r.source(),
                            r.requestId(), callIndex).update();
        }
        jdbc.sql("update intel_partnership_run set calls_done = greatest(calls_done, ?) where id = ?").params(callIndex + 1, runId).update();
    }

    void finish(long runId, PartnershipRun.RunStatus status, String error) {
        jdbc.sql("update intel_partnership_run set status = ?, error = ?, finished_at = now() where id = ? and status = 'RUNNING'")
                .params(status.name(), error, runId).update();
    }

    public List<Relation> relations(long runId) {
        return jdbc.sql("""
                select company_name, related_company_name, amount, public_date, source, request_id from intel_relation
                where run_id = ? order by amount desc nulls last, company_name, related_company_name""").param(runId)
                .query((rs, i) -> new Relation(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5),
                        rs.getString(6))).list();
    }

    /** The requestId of every answered call, in call order (null for 查询无结果). */
    public List<String> requestIds(long runId) {
        return jdbc.sql("select request_id from intel_partnership_call where run_id = ? order by call_index").param(runId)
                .query((rs, i) -> rs.getString(1)).list();
    }

    private PartnershipRun run(ResultSet rs, int row) throws SQLException {
        return new PartnershipRun(rs.getLong("id"), PartnershipRun.RunStatus.valueOf(rs.getString("status")), rs.getString("origin"),
                json.readValue(rs.getString("companies"), NAMES), json.readValue(rs.getString("plan"), CALLS), rs.getInt("planned_calls"),
                rs.getInt("lower_bound"), rs.getInt("naive_calls"), rs.getString("construction"), rs.getInt("calls_done"),
                (Long) rs.getObject("job_id"), (Long) rs.getObject("previous_run_id"), rs.getString("error"), rs.getLong("created_by"), null,
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getInt("relation_count"));
    }
}
