package io.qike.crm.registry.enrich;

import io.qike.crm.platform.VisibleOwners;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customers of each enrichment job and their outcomes, in the current tenant (row-level security).
 * The job itself (status, progress, who runs it) is the platform's background job of the same id.
 */
@Repository
class EnrichmentStore {
    private final JdbcClient jdbc;

    EnrichmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lists the given customers that the user may see under the job, leaving out those waiting in
     * another job, so two jobs never work on the same customer. Returns how many were listed.
     */
    int add(long jobId, List<Long> customerIds, VisibleOwners visible) {
        return jdbc.sql("""
                insert into registry_enrichment_item(job_id, customer_id)
                select :job, c.id from customer c where c.id = any(:ids)""" + " and " + visible.sqlCondition("c.owner_id")
                + """
                 and not exists (select 1 from registry_enrichment_item i
                                 where i.customer_id = c.id and i.status = 'PENDING' and i.job_id <> :job)
                on conflict do nothing""").param("job", jobId).param("ids", customerIds.toArray(Long[]::new))
                .params(visible.parameters()).update();
    }

    /** The job's waiting customers: on a resume, those whose outcome had not committed with a checkpoint. */
    List<Long> pending(long jobId) {
        return jdbc.sql("select customer_id from registry_enrichment_item where job_id = ? and status = 'PENDING' order by customer_id")
                .param(jobId).query(Long.class).list();
    }

    void finish(long jobId, long customerId, String status, String message) {
        jdbc.sql("update registry_enrichment_item set status = ?, message = ? where job_id = ? and customer_id = ? and status = 'PENDING'")
                .params(status, message, jobId, customerId).update();
    }

    /** Marks every customer still waiting in the job (for a cancelled job, or one handed on to {@code message}). */
    int finishPending(long jobId, String status, String message) {
        return jdbc.sql("update registry_enrichment_item set status = ?, message = ? where job_id = ? and status = 'PENDING'")
                .params(status, message, jobId).update();
    }

    /** Jobs that still have waiting customers, oldest first. */
    List<Long> withPending() {
        return jdbc.sql("select distinct job_id from registry_enrichment_item where status = 'PENDING' order by job_id")
                .query(Long.class).list();
    }

    /** The job that took over this job's waiting customers (their CONTINUED items name it), if any. */
    Long continuedIn(long jobId) {
        return jdbc.sql("select max(message::bigint) from registry_enrichment_item where job_id = ? and status = 'CONTINUED'")
                .param(jobId).query(Long.class).optional().orElse(null);
    }

    Map<String, Integer> counts(long jobId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as n from registry_enrichment_item where job_id = ? group by status")
                .param(jobId).query(rs -> { counts.put(rs.getString("status"), rs.getInt("n")); });
        return counts;
    }

    /** Customers whose registry data is older than {@code days}, not waiting in a job already. */
    List<Long> staleCustomers(int days, int limit) {
        return jdbc.sql("""
                select c.id from customer c where c.registry_fetched_at < now() - make_interval(days => ?)
                  and not exists (select 1 from registry_enrichment_item i where i.customer_id = c.id and i.status = 'PENDING')
                order by c.registry_fetched_at limit ?""").params(days, limit).query(Long.class).list();
    }

    /** Customers the user may see that have neither a credit code nor registry data. */
    List<Long> withoutCreditCode(VisibleOwners visible, int limit) {
        return jdbc.sql("select c.id from customer c where c.credit_code is null and c.registry_fetched_at is null and "
                        + visible.sqlCondition("c.owner_id") + " order by c.id limit :limit")
                .params(visible.parameters()).param("limit", limit).query(Long.class).list();
    }
}
