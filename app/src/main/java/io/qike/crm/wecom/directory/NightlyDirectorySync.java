package io.qike.crm.wecom.directory;

import io.qike.crm.platform.RunAs;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the mirrored directory honest where a callback was missed: every connected enterprise gets a full sync
 * once per {@code qike.wecom.directory-sync} (default a day), as the administrator who last synced by hand.
 */
@Component
class NightlyDirectorySync implements RecurringTask {
    private static final Logger log = LoggerFactory.getLogger(NightlyDirectorySync.class);
    private final DirectoryRepository store;
    private final BackgroundJobs jobs;
    private final RunAs runAs;
    private final TransactionTemplate tx;
    private final Duration interval;

    NightlyDirectorySync(DirectoryRepository store, BackgroundJobs jobs, RunAs runAs, TransactionTemplate tx,
                         @Value("${qike.wecom.directory-sync:P1D}") Duration interval) {
        this.store = store;
        this.jobs = jobs;
        this.runAs = runAs;
        this.tx = tx;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "wecom.directory.nightly";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        for (DirectoryRepository.SyncTenant t : store.syncTenants()) {
            if (t.runAs() == null) continue;
            try {
                TenantContext.runAs(t.tenantId(), () -> runAs.user(t.runAs(),
                        () -> tx.executeWithoutResult(s -> jobs.submit(DirectorySyncJob.KIND, Map.of("scheduled", true), 1))));
            } catch (RuntimeException e) {
                log.warn("WeCom directory sync not started for tenant {}: {}", t.tenantId(), e.toString());
            }
        }
    }
}
