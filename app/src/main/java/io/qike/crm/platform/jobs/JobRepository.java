package io.qike.crm.platform.jobs;

import io.qike.crm.platform.database.SystemDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job rows. What a user or a running handler does goes through the tenant's connection (row-level
 * security); claiming, finishing and finding jobs to resume cross tenants and use the owner's.
 */
@Repository
class JobRepository {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private final JdbcClient tenant;
    private final JdbcClient system;
    private final JsonMapper json;

    JobRepository(JdbcClient tenant, SystemDatabase system, JsonMapper json) {
        this.tenant = tenant;
        this.system = system.jdbc();
        this.json = json;
    }

    record Claim(long tenantId, long createdBy, String kind, Map<String, Object> params, String checkpoint, int done, int total) {
    }

    long insert(String kind, Map<String, Object> params, int total, long createdBy) {
        return tenant.sql("insert into background_job(kind, params, total, created_by) values (?, cast(? as jsonb), ?, ?) returning id")
                .params(kind, json.writeValueAsString(params), total, createdBy).query(Long.class).single();
    }

    Optional<BackgroundJob> find(long id) {
        return tenant.sql("select * from background_job where id = ?").param(id).query(this::map).optional();
    }

    List<BackgroundJob> recent(String kind, int limit) {
        return tenant.sql("select * from background_job where kind = ? order by created_at desc, id desc limit ?")
                .params(kind, limit).query(this::map).list();
    }

    boolean cancel(long id) {
        return tenant.sql("""
                update background_job set status = 'CANCELLED', finished_at = coalesce(finished_at, now())
                where id = ? and status in ('QUEUED', 'RUNNING')""").param(id).update() > 0;
    }

    /** Saves progress if this node still runs the job; empty when it does not, else the status (RUNNING or CANCELLED). */
    Optional<JobStatus> progress(long id, String node, int done, int total, String checkpoint) {
        return tenant.sql("""
                update background_job set done = ?, total = ?, checkpoint = ?, heartbeat_at = now()
                where id = ? and node = ? and status in ('RUNNING', 'CANCELLED') returning status""")
                .params(done, total, checkpoint, id, node).query(JobStatus.class).optional();
    }

    void result(long id, Map<String, Object> summary) {
        tenant.sql("update background_job set result = cast(? as jsonb) where id = ?").params(json.writeValueAsString(summary), id).update();
    }

    /** Takes the job for this node: a queued one, one this node runs already, or one whose node stopped beating. */
    Optional<Claim> claim(long id, String node, Duration staleAfter) {
        return system.sql("""
                update background_job set status = 'RUNNING', node = ?, heartbeat_at = now(), started_at = coalesce(started_at, now())
                where id = ? and (status = 'QUEUED'
                  or (status = 'RUNNING' and (node = ? or heartbeat_at < now() - make_interval(secs => ?))))
                returning tenant_id, created_by, kind, params::text as params, checkpoint, done, total""")
                .params(node, id, node, (double) staleAfter.toMillis() / 1000)
                .query((rs, i) -> new Claim(rs.getLong("tenant_id"), rs.getLong("created_by"), rs.getString("kind"),
                        json.readValue(rs.getString("params"), MAP), rs.getString("checkpoint"), rs.getInt("done"), rs.getInt("total")))
                .optional();
    }

    void finish(long id, String node, JobStatus status, String error) {
        system.sql("""
                update background_job set status = ?, error_message = ?, finished_at = now()
                where id = ? and node = ? and status = 'RUNNING'""").params(status.name(), error, id, node).update();
    }

    /** {@link #finish} on the submitter's connection, so that it commits with what else their transaction records. */
    boolean finishOwn(long id, String node, JobStatus status, String error) {
        return tenant.sql("""
                update background_job set status = ?, error_message = ?, finished_at = now()
                where id = ? and node = ? and status = 'RUNNING'""").params(status.name(), error, id, node).update() > 0;
    }

    void heartbeat(String node, List<Long> ids) {
        if (ids.isEmpty()) return;
        system.sql("update background_job set heartbeat_at = now() where node = ? and status = 'RUNNING' and id = any(?)")
                .params(node, ids.toArray(Long[]::new)).update();
    }

    /** Jobs no node is working on: queued for a while (their start was lost) or running without a heartbeat. */
    List<Long> orphans(Duration staleAfter) {
        return system.sql("""
                select id from background_job
                where (status = 'QUEUED' and created_at < now() - make_interval(secs => ?))
                   or (status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?))
                order by id""").params(5.0, (double) staleAfter.toMillis() / 1000).query(Long.class).list();
    }

    private BackgroundJob map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String result = rs.getString("result");
        return new BackgroundJob(rs.getLong("id"), rs.getString("kind"), JobStatus.valueOf(rs.getString("status")),
                rs.getInt("total"), rs.getInt("done"), json.readValue(rs.getString("params"), MAP), rs.getString("checkpoint"),
                result == null ? Map.of() : json.readValue(result, MAP), rs.getString("error_message"), rs.getLong("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
