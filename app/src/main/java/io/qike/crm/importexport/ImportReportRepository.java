package io.qike.crm.importexport;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error reports of refused imports and of the rows partial imports skipped (table import_error_report, one row per job, tenant-isolated
 * by row-level security). Kept apart from the job's summary so that listing jobs does not read them.
 */
@Repository
class ImportReportRepository {
    private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(long jobId, List<RowError> errors) {
        jdbc.sql("""
                insert into import_error_report(job_id, errors) values (?, cast(? as jsonb))
                on conflict (job_id) do update set errors = excluded.errors""")
                .params(jobId, json.writeValueAsString(errors)).update();
    }

    boolean exists(long jobId) {
        return jdbc.sql("select exists(select 1 from import_error_report where job_id = ?)").param(jobId).query(Boolean.class).single();
    }

    List<RowError> find(long jobId) {
        return jdbc.sql("select errors::text from import_error_report where job_id = ?").param(jobId).query(String.class)
                .optional().map(text -> json.readValue(text, ERRORS)).orElse(List.of());
    }
}
