package io.qike.crm.importexport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import_job rows (tenant-isolated by row-level security). Status and progress are written in
 * their own short transactions, so that they are visible while the import's main transaction is
 * still open and survive its rollback.
 */
@Repository
class ImportJobs {
    private static final String SELECT = """
            select j.id, j.user_id, u.display_name, j.object_type, j.file_name, j.status, j.total_rows, j.processed,
                   j.imported, jsonb_array_length(j.errors) as error_count, j.message, j.created_at, j.finished_at %s
            from import_job j join app_user u on u.id = j.user_id""";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long create(long userId, ImportObject object, String fileName) {
        return jdbc.sql("insert into import_job(user_id, object_type, file_name, status) values (?, ?, ?, 'QUEUED') returning id")
                .params(userId, object.name(), fileName).query(Long.class).single();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void start(long id) {
        jdbc.sql("update import_job set status = 'RUNNING' where id = ?").param(id).update();
    }

    /** Rows read and checked so far (the checking thread). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void checked(long id, int total, int processed) {
        jdbc.sql("update import_job set total_rows = ?, processed = ? where id = ?").params(total, processed, id).update();
    }

    /** Rows written so far in the still open transaction (the writing thread). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void written(long id, int imported) {
        jdbc.sql("update import_job set imported = ? where id = ?").params(imported, id).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long id, ImportStatus status, int total, int processed, int imported, List<RowError> errors,
                       ImportMessage message) {
        jdbc.sql("""
                update import_job set status = ?, total_rows = ?, processed = ?, imported = ?, errors = cast(? as jsonb),
                  message = ?, finished_at = now() where id = ?""")
                .params(status.name(), total, processed, imported, json.writeValueAsString(errors),
                        message == null ? null : json.writeValueAsString(message), id).update();
    }

    /** Ends a job that broke off; the counts reached so far stay. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(long id, ImportMessage message) {
        jdbc.sql("update import_job set status = 'FAILED', imported = 0, message = ?, finished_at = now() where id = ?")
                .params(json.writeValueAsString(message), id).update();
    }

    public Optional<ImportJob> find(long id) {
        return jdbc.sql(SELECT.formatted(", j.errors::text as errors_json") + " where j.id = ?").param(id)
                .query((rs, i) -> map(rs, true)).optional();
    }

    public List<ImportJob> recent(int limit) {
        return jdbc.sql(SELECT.formatted("") + " order by j.created_at desc, j.id desc limit ?").param(limit)
                .query((rs, i) -> map(rs, false)).list();
    }

    private ImportJob map(ResultSet rs, boolean withErrors) throws SQLException {
        String message = rs.getString("message");
        return new ImportJob(rs.getLong("id"), rs.getLong("user_id"), rs.getString("display_name"),
                ImportObject.valueOf(rs.getString("object_type")), rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed"),
                rs.getInt("imported"), rs.getInt("error_count"),
                withErrors ? json.readValue(rs.getString("errors_json"), new TypeReference<List<RowError>>() { }) : List.of(),
                message == null ? null : json.readValue(message, ImportMessage.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }
}
