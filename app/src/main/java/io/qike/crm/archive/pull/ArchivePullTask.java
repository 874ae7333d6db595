package io.qike.crm.archive.pull;

import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pulls every enterprise's archive every {@code qike.wecom.archive.pull-interval} (default 10 minutes), for the
 * msgaudit_notify WeCom did not send or Qike did not receive. Enterprises whose archive is not set up are skipped.
 */
@Component
class ArchivePullTask implements RecurringTask {
    private static final Logger log = LoggerFactory.getLogger(ArchivePullTask.class);
    private final ArchiveCursorRepository cursors;
    private final ArchivePuller puller;
    private final Duration interval;

    ArchivePullTask(ArchiveCursorRepository cursors, ArchivePuller puller,
                    @Value("${qike.wecom.archive.pull-interval:PT10M}") Duration interval) {
        this.cursors = cursors;
        this.puller = puller;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "archive.pull";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        for (long tenantId : cursors.pullTenants()) {
            try {
                PullResult r = puller.pull(tenantId, null);
                if (!PullResult.NOT_CONFIGURED.equals(r.outcome())) log.info("Scheduled archive pull of tenant {}: {}", tenantId, r);
            } catch (RuntimeException e) {
                log.warn("Scheduled archive pull of tenant {} failed: {}", tenantId, e.toString());
            }
        }
    }
}
