package io.qike.crm.registry.enrich;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.jobs.JobContext;
import io.qike.crm.platform.jobs.JobHandler;
import io.qike.crm.platform.jobs.JobInterruptedException;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an enrichment job (kind {@value #KIND}) on the platform's background jobs, as its submitter.
 * A few workers look customers up at once ({@link JobContext#inParallel}), so the job goes at the
 * provider connection's QPS (its limiter makes each call wait for a slot) rather than at one call's
 * latency. The workers are not the job's thread: when this node gives the job up (restart) a provider
 * call under way still completes and lands in the lookup cache; the commit after it is refused
 * (progress throws), and the resumed job finds the answer cached instead of paying for it again. Each customer's outcome
 * commits with the job's progress, one commit at a time, so done counts stay in order and a restart
 * resumes with the customers still PENDING, never enriching one twice.
 */
@Component
class EnrichmentHandler implements JobHandler {
    static final String KIND = "registry.enrich";
    static final int WORKERS = 4;
    private static final Logger log = LoggerFactory.getLogger(EnrichmentHandler.class);
    private final EnrichmentRepository store;
    private final ItemEnricher enricher;
    private final TransactionTemplate tx;

    EnrichmentHandler(EnrichmentRepository store, ItemEnricher enricher, TransactionTemplate tx) {
        this.store = store;
        this.enricher = enricher;
        this.tx = tx;
    }

    /** Where the job stands; commits are serialised on it. */
    private static final class Progress {
        int done;
        final int total;

        Progress(int done, int total) {
            this.done = done;
            this.total = total;
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) throws Exception {
        boolean refresh = Boolean.TRUE.equals(job.params().get("refresh"));
        Queue<Long> waiting = new ConcurrentLinkedQueue<>(store.pending(job.id()));
        Progress progress = new Progress(job.done(), job.done() + waiting.size());
        job.progress(progress.done, progress.total, job.checkpoint());
        AtomicReference<RuntimeException> stop = new AtomicReference<>();
        job.inParallel(WORKERS, () -> {
            while (stop.get() == null && !job.cancelled()) {
                Long customer = waiting.poll();
                if (customer == null) return;
                try {
                    enrich(job, progress, customer, refresh);
                } catch (RuntimeException e) { // Unavailable, JobInterruptedException, or the database failing
                    stop.compareAndSet(null, e);
                }
            }
        });

        RuntimeException stopped = stop.get();
        if (stopped instanceof ItemEnricher.Unavailable u) {
            // Only an outage while this node still runs the job counts: progress throws if it gave it up.
            synchronized (progress) {
                job.progress(progress.done, progress.total, Integer.toString(progress.done));
            }
            // The platform has no "paused" state: the job ends FAILED with the reason, and its waiting
            // customers stay PENDING until RefreshSchedule hands them to a new job (see its continuePaused).
            String reason = PauseReason.of(u.outcome);
            Map<String, Object> summary = new HashMap<>();
            summary.putAll(store.counts(job.id()));
            summary.put("paused", reason);
            job.result(summary);
            throw new IllegalStateException(reason);
        }
        if (stopped != null) throw stopped;
        if (job.cancelled()) {
            store.finishPending(job.id(), "CANCELLED", null);
            return;
        }
        job.result(Map.copyOf(store.counts(job.id())));
    }

    private void enrich(JobContext job, Progress progress, long customer, boolean refresh) {
        ItemEnricher.Result result;
        try {
            result = enricher.enrich(customer, refresh);
        } catch (ItemEnricher.Unavailable | JobInterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Registry enrichment {}: customer {} failed: {}", job.id(), customer, e.toString());
            result = ItemEnricher.Result.of("FAILED", e.getClass().getSimpleName());
        }
        synchronized (progress) {
            try {
                commit(job, progress, customer, result);
            } catch (ConflictException | InvalidInputException e) { // the customer refused the change
                commit(job, progress, customer, ItemEnricher.Result.of("FAILED", ItemEnricher.refusal(e)));
            }
        }
    }

    /** The customer's change, its outcome and the job's progress, in one transaction. */
    private void commit(JobContext job, Progress progress, long customer, ItemEnricher.Result result) {
        int done = progress.done + 1;
        tx.executeWithoutResult(s -> {
            if (result.write() != null) result.write().run();
            store.finish(job.id(), customer, result.status(), result.message());
            job.progress(done, progress.total, Integer.toString(done));
        });
        progress.done = done;
    }
}
