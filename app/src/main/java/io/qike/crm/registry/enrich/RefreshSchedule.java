package io.qike.crm.registry.enrich;

import io.qike.crm.customer.CustomerSelections;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.jobs.BackgroundJob;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.platform.jobs.JobStatus;
import io.qike.crm.platform.jobs.RecurringTask;
import io.qike.crm.registry.store.CurrentSettings;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The registry's periodic work: hand the waiting customers of jobs the providers stopped (budget,
 * outage) to new jobs and, once a day per tenant, refresh customers whose registry data is older than
 * the tenant's setting. It is the recurring task {@value #TASK}, every {@code qike.registry.tick}
 * (default five minutes): Quartz's clustered store runs it on one node at a time, however many nodes
 * share the database. At start each node also hands on stopped jobs, without the refresh. The refresh
 * runs as the admin who last saved the registry settings; a continued job runs as the user who started
 * the one it continues. (Jobs that a restart interrupted need nothing from here: the platform resumes
 * them from their checkpoints.)
 */
@Component
class RefreshSchedule implements RecurringTask {
    static final String TASK = "registry.tick";
    private static final Logger log = LoggerFactory.getLogger(RefreshSchedule.class);
    /**
     * How long a job the providers stopped waits before its customers get a new job. The platform cannot
     * pause a job and resume it later, so each retry is a new job; waiting keeps a day of exhausted
     * budget from leaving a new failed job on every tick.
     */
    static final Duration RETRY_AFTER = Duration.ofMinutes(30);
    private final CustomerSelections customers;
    private final EnrichmentRepository store;
    private final Enrichments enrichments;
    private final BackgroundJobs jobs;
    private final CurrentSettings settings;
    private final UserDetailsService users;
    private final Duration tick;

    RefreshSchedule(CustomerSelections customers, EnrichmentRepository store, Enrichments enrichments, BackgroundJobs jobs, CurrentSettings settings,
                    UserDetailsService users, @Value("${qike.registry.tick:PT5M}") Duration tick) {
        this.customers = customers;
        this.store = store;
        this.enrichments = enrichments;
        this.jobs = jobs;
        this.settings = settings;
        this.users = users;
        this.tick = tick;
    }

    @Override
    public String name() {
        return TASK;
    }

    @Override
    public Duration interval() {
        return tick;
    }

    @Override
    public void run() {
        runAll(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        runAll(false);
    }

    void runAll(boolean refresh) {
        runAll(refresh, RETRY_AFTER);
    }

    /** Every tenant with the registry on: continue its stopped jobs, and start its daily refresh when {@code refresh}. */
    void runAll(boolean refresh, Duration retryAfter) {
        for (EnrichmentRepository.ScheduledTenant t : store.scheduledTenants()) {
            try {
                TenantContext.runAs(t.tenantId(), () -> asUser(t.runAs(), () -> {
                    continueStopped(retryAfter);
                    if (refresh) refreshIfDue();
                }));
            } catch (RuntimeException e) {
                log.warn("Registry schedule skipped tenant {}: {}", t.tenantId(), e.toString());
            }
        }
    }

    /** Jobs that ended with customers still waiting: a paused one gets a new job for them, others release them. */
    private void continueStopped(Duration retryAfter) {
        for (long id : store.withPending()) {
            BackgroundJob job = jobs.find(id).orElse(null);
            if (job == null || !job.finished()) continue; // running or queued: the platform sees to it
            if (job.status() == JobStatus.CANCELLED) {
                store.finishPending(id, "CANCELLED", null); // cancelled before it started
            } else if (!(job.result().get("paused") instanceof String)) {
                store.finishPending(id, "FAILED", "job_failed"); // not the providers: a retry would fail the same way
            } else if (job.finishedAt() != null && job.finishedAt().isBefore(OffsetDateTime.now().minus(retryAfter))) {
                List<Long> waiting = store.pending(id);
                boolean refresh = Boolean.TRUE.equals(job.params().get("refresh"));
                // The customers were checked against the starter's scope when listed; the new job runs as the
                // same user, who sees each customer again (or skips it) as it goes.
                try {
                    asUser((String) job.params().get("runAs"), () -> enrichments.submit(waiting, refresh, VisibleOwners.all(), id));
                } catch (RuntimeException e) { // e.g. the user left; the other jobs still get their turn
                    log.warn("Registry enrichment {} could not be continued: {}", id, e.toString());
                }
            }
        }
    }

    private void refreshIfDue() {
        if (refreshStartedSince(Duration.ofHours(23))) return;
        List<Long> stale = customers.registryDataOlderThan(settings.get().refreshAfterDays(), store.pendingCustomers(),
                Enrichments.MAX_CUSTOMERS);
        if (stale.isEmpty()) return;
        enrichments.submit(stale, true, VisibleOwners.all(), null);
    }

    /** Whether a refresh job started lately, among the tenant's recent enrichment jobs. */
    private boolean refreshStartedSince(Duration ago) {
        OffsetDateTime since = OffsetDateTime.now().minus(ago);
        return jobs.recent(EnrichmentHandler.KIND, 500).stream()
                .anyMatch(j -> Boolean.TRUE.equals(j.params().get("refresh")) && j.createdAt().isAfter(since));
    }

    private void asUser(String login, Runnable work) {
        TenantContext.runAs((QikeUser) users.loadUserByUsername(login), work);
    }
}
