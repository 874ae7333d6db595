package io.qike.crm.registry.enrich;

import io.qike.crm.platform.VisibleOwners;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enrichment jobs and their customers, in the current tenant (row-level security). */
@Repository
class EnrichmentStore {
    private final JdbcClient jdbc;

    EnrichmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A job over the given customers that the user may see. */
    long create(String kind, String runAs, List<Long> customerIds, VisibleOwners visible) {
        long id = jdbc.sql("insert into registry_enrichment(kind, run_as) values (?, ?) returning id").params(kind, runAs)
                .query(Long.class).single();
        int n = jdbc.sql("""
                insert into registry_enrichment_item(enrichment_id, customer_id)
                select :job, c.id from customer c where c.id = any(:ids)""" + " and " + visible.sqlCondition("c.owner_id")
                + """
                 and not exists (select 1 from registry_enrichment_item i join registry_enrichment e on e.id = i.enrichment_id
                                 where i.customer_id = c.id and e.status <> 'DONE' and e.id <> :job)
                on conflict do nothing""").param("job", id).param("ids", customerIds.toArray(Long[]::new))
                .params(visible.parameters()).update();
        jdbc.sql("update registry_enrichment set total = ? where id = ?").params(n, id).update();
        return id;
    }

    /** Claims the next waiting customer; concurrent workers skip each other's rows. */
    Optional<Long> claim(long jobId) {
        return jdbc.sql("""
                update registry_enrichment_item set status = 'CLAIMED', claimed_at = now()
                where (enrichment_id, customer_id) = (select enrichment_id, customer_id from registry_enrichment_item
                  where enrichment_id = ? and status = 'PENDING' order by customer_id limit 1 for update skip locked)
                returning customer_id""").param(jobId).query(Long.class).optional();
    }

    void finish(long jobId, long customerId, String status, String message) {
        jdbc.sql("update registry_enrichment_item set status = ?, message = ? where enrichment_id = ? and customer_id = ?")
                .params(status, message, jobId, customerId).update();
    }

    /** Gives a claimed customer back, for a worker that stopped before finishing it. */
    void release(long jobId, long customerId) {
        finish(jobId, customerId, "PENDING", null);
    }

    /** Claims older than {@code stale} belong to a node that died: their customers wait again. */
    int releaseStale(long jobId, Duration stale) {
        return jdbc.sql("""
                update registry_enrichment_item set status = 'PENDING' where enrichment_id = ? and status = 'CLAIMED'
                  and claimed_at < now() - make_interval(secs => ?)""").params(jobId, stale.toSeconds()).update();
    }

    void status(long jobId, String status, String message) {
        jdbc.sql("update registry_enrichment set status = ?, message = ?, finished_at = case when ? = 'DONE' then now() end where id = ?")
                .params(status, message, status, jobId).update();
    }

    /** Marks the job done when no customer waits or is being worked on. */
    boolean completeIfFinished(long jobId) {
        return jdbc.sql("""
                update registry_enrichment set status = 'DONE', finished_at = now() where id = ? and status <> 'DONE'
                  and not exists (select 1 from registry_enrichment_item where enrichment_id = ? and status in ('PENDING', 'CLAIMED'))""")
                .params(jobId, jobId).update() > 0;
    }

    Optional<EnrichmentJob> find(long jobId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as n from registry_enrichment_item where enrichment_id = ? group by status")
                .param(jobId).query(rs -> { counts.put(rs.getString("status"), rs.getInt("n")); });
        return jdbc.sql("select * from registry_enrichment where id = ?").param(jobId)
                .query((rs, i) -> new EnrichmentJob(rs.getLong("id"), rs.getString("kind"), rs.getString("status"), rs.getInt("total"),
                        counts, rs.getString("message"), rs.getObject("created_at", java.time.OffsetDateTime.class),
                        rs.getObject("finished_at", java.time.OffsetDateTime.class))).optional();
    }

    String runAs(long jobId) {
        return jdbc.sql("select run_as from registry_enrichment where id = ?").param(jobId).query(String.class).single();
    }

    /** Jobs not done yet, oldest first. */
    List<Long> open() {
        return jdbc.sql("select id from registry_enrichment where status <> 'DONE' order by id").query(Long.class).list();
    }

    boolean refreshStartedSince(Duration ago) {
        return jdbc.sql("select exists (select 1 from registry_enrichment where kind = 'REFRESH' and created_at > now() - make_interval(secs => ?))")
                .param(ago.toSeconds()).query(Boolean.class).single();
    }

    /** Customers whose registry data is older than {@code days}, not in an open job already. */
    List<Long> staleCustomers(int days, int limit) {
        return jdbc.sql("""
                select c.id from customer c where c.registry_fetched_at < now() - make_interval(days => ?)
                  and not exists (select 1 from registry_enrichment_item i join registry_enrichment e on e.id = i.enrichment_id
                                  where i.customer_id = c.id and e.status <> 'DONE')
                order by c.registry_fetched_at limit ?""").params(days, limit).query(Long.class).list();
    }

    /** Customers the user may see that have neither a credit code nor registry data. */
    List<Long> withoutCreditCode(VisibleOwners visible, int limit) {
        return jdbc.sql("select c.id from customer c where c.credit_code is null and c.registry_fetched_at is null and "
                        + visible.sqlCondition("c.owner_id") + " order by c.id limit :limit")
                .params(visible.parameters()).param("limit", limit).query(Long.class).list();
    }
}
