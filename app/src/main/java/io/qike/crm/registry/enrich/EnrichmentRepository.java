package io.qike.crm.registry.enrich;

import io.qike.crm.customer.CustomerMergeParticipant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customers of each enrichment job and their outcomes, in the current tenant (row-level security). Which
 * customers exist and who may see them is the customer module's ({@code CustomerSelections}).
 * The job itself (status, progress, who runs it) is the platform's background job of the same id.
 */
@Repository
class EnrichmentRepository implements CustomerMergeParticipant {
    private final JdbcClient jdbc;

    EnrichmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lists the given customers under the job, leaving out those waiting in another job, so two jobs never
     * work on the same customer. Returns how many were listed.
     */
    int add(long jobId, List<Long> customerIds) {
        return jdbc.sql("""
                insert into registry_enrichment_item(job_id, customer_id)
                select :job, t.customer_id from unnest(:ids) as t(customer_id)
                where not exists (select 1 from registry_enrichment_item i
                                  where i.customer_id = t.customer_id and i.status = 'PENDING' and i.job_id <> :job)
                on conflict do nothing""").param("job", jobId).param("ids", customerIds.toArray(Long[]::new)).update();
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

    /** Customers waiting in any job. */
    List<Long> pendingCustomers() {
        return jdbc.sql("select distinct customer_id from registry_enrichment_item where status = 'PENDING'").query(Long.class).list();
    }

    /** Tenants with the registry on and someone to run its work as, across tenants (a security-definer function). */
    List<ScheduledTenant> scheduledTenants() {
        return jdbc.sql("select tenant_id, run_as from registry_scheduled_tenants()")
                .query((rs, i) -> new ScheduledTenant(rs.getLong("tenant_id"), rs.getString("run_as"))).list();
    }

    record ScheduledTenant(long tenantId, String runAs) {
    }

    /**
     * 合并客户: the merged customer's place in enrichment jobs goes to the surviving customer, unless that one
     * is in the same job already (its own outcome stays; the merged one's goes with it).
     */
    @Override
    public void moveTo(long from, long into) {
        jdbc.sql("""
                update registry_enrichment_item i set customer_id = :into where i.customer_id = :from
                  and not exists (select 1 from registry_enrichment_item j where j.job_id = i.job_id and j.customer_id = :into)""")
                .param("into", into).param("from", from).update();
    }
}
