package io.qike.crm.platform.jobs;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.database.SystemDatabase;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test job: "processes" {@code items} items, each one a row in {@code job_test_effect} written in the
 * same transaction as the checkpoint after it, slowly enough to be interrupted in the middle.
 */
@Component
class CountingHandler implements JobHandler {
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    CountingHandler(JdbcClient jdbc, TransactionTemplate tx, SystemDatabase system) {
        this.jdbc = jdbc;
        this.tx = tx;
        system.jdbc().sql("create table if not exists job_test_effect(job_id bigint, item int, run_as bigint, tenant bigint, primary key (job_id, item))").update();
        system.jdbc().sql("grant select, insert on job_test_effect to qike_app").update();
    }

    @Override
    public String kind() {
        return "test.count";
    }

    @Override
    public void run(JobContext job) throws Exception {
        int items = ((Number) job.params().get("items")).intValue();
        long sleep = ((Number) job.params().getOrDefault("sleepMs", 0)).longValue();
        int failAt = ((Number) job.params().getOrDefault("failAt", -1)).intValue();
        int start = job.checkpoint() == null ? 0 : Integer.parseInt(job.checkpoint());
        for (int i = start + 1; i <= items && !job.cancelled(); i++) {
            if (i == failAt) throw new IllegalStateException("item " + i + " is broken");
            int item = i;
            tx.executeWithoutResult(s -> {
                QikeUser user = CurrentUser.require();
                jdbc.sql("insert into job_test_effect values (?, ?, ?, ?)").params(job.id(), item, user.userId(), TenantContext.currentTenantId()).update();
                pause(sleep);
                job.progress(item, items, String.valueOf(item));
            });
        }
        job.result(Map.of("items", items));
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
