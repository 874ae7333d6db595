package io.qike.crm.platform.jobs;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.security.UserAccounts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs jobs on this node: on submit, and every scan interval for jobs nobody runs (after a restart,
 * or when another node stopped beating). A job runs as its submitter, so row-level security and the
 * services' permission checks apply exactly as in the request that started it.
 */
@Component
class JobRunner implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private final String node = UUID.randomUUID().toString();
    private final JobRepository store;
    private final UserAccounts accounts;
    private final ObjectProvider<JobHandler> handlers;
    private final JobProperties properties;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Map<Long, Execution> running = new ConcurrentHashMap<>();
    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final ThreadPoolTaskScheduler timer = new ThreadPoolTaskScheduler();
    /** The jobs' own helpers ({@link JobContext#beside}, {@link JobContext#inParallel}): as many as they ask for. */
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "qike-job-worker");
        t.setDaemon(true);
        return t;
    });

    JobRunner(JobRepository store, UserAccounts accounts, ObjectProvider<JobHandler> handlers, JobProperties properties,
              org.springframework.transaction.support.TransactionTemplate tx, org.springframework.context.ApplicationEventPublisher events) {
        this.tx = tx;
        this.events = events;
        this.store = store;
        this.accounts = accounts;
        this.handlers = handlers;
        this.properties = properties;
        pool.setThreadNamePrefix("qike-job-");
        pool.setCorePoolSize(properties.threads());
        pool.setMaxPoolSize(properties.threads());
        pool.initialize();
        timer.setThreadNamePrefix("qike-job-timer-");
        timer.initialize();
    }

    /** One run of a job on this node; {@code abandoned} once the node gives it up. */
    private static final class Execution {
        volatile Thread thread;
        volatile boolean abandoned;
    }

    /**
     * The runner's own timer rather than {@code @Scheduled}, for intervals derived from {@code qike.jobs};
     * node-local housekeeping all the same: each node beats for the jobs it runs and looks for work itself.
     */
    @EventListener(ApplicationReadyEvent.class)
    void startScanning() {
        long scanMs = properties.scanInterval().toMillis();
        timer.scheduleAtFixedRate(this::scan, java.time.Instant.now().plusMillis(1000), properties.scanInterval());
        timer.scheduleAtFixedRate(() -> safely(() -> store.heartbeat(node, List.copyOf(running.keySet()))),
                java.time.Duration.ofMillis(Math.max(1000, Math.min(scanMs, properties.staleAfter().toMillis() / 4))));
    }

    void start(long jobId) {
        Execution execution = new Execution();
        if (running.putIfAbsent(jobId, execution) != null) return;
        try {
            pool.execute(() -> execute(jobId, execution));
        } catch (RuntimeException e) {
            running.remove(jobId, execution);
            throw e;
        }
    }

    /** Gives up every job this node runs, as a crash would, and runs them again from their checkpoints. */
    void restartRunning() {
        List<Long> ids = List.copyOf(running.keySet());
        for (Long id : ids) {
            Execution e = running.get(id);
            if (e == null) continue;
            e.abandoned = true;
            Thread t = e.thread;
            if (t != null) t.interrupt();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (ids.stream().anyMatch(running::containsKey) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ids.forEach(this::start);
    }

    private void scan() {
        safely(() -> store.orphans(properties.staleAfter()).forEach(this::start));
    }

    private void execute(long jobId, Execution execution) {
        execution.thread = Thread.currentThread();
        try {
            Optional<JobRepository.Claim> claim = store.claim(jobId, node, properties.staleAfter());
            if (claim.isEmpty() || execution.abandoned) return;
            run(jobId, claim.get(), execution);
        } catch (RuntimeException e) {
            log.warn("Background job {} could not be run: {}", jobId, e.toString());
        } finally {
            Thread.interrupted(); // do not carry an interrupt into the pool's next task
            running.remove(jobId, execution);
        }
    }

    private void run(long jobId, JobRepository.Claim claim, Execution execution) {
        Optional<QikeUser> user = accounts.findById(claim.createdBy()).filter(QikeUser::isEnabled);
        JobHandler handler = handlersByKind().get(claim.kind());
        if (user.isEmpty() || handler == null) {
            store.finish(jobId, node, JobStatus.FAILED, user.isEmpty() ? "submitter is no longer active" : "no handler for " + claim.kind());
            return;
        }
        QikeUser u = user.get().withoutPassword();
        RunningJob job = new RunningJob(jobId, node, claim, store, () -> execution.abandoned, u, workers);
        Exception failure = TenantContext.callAs(u, () -> {
            try {
                handler.run(job);
                return null;
            } catch (Exception e) {
                return e;
            }
        });
        if (failure == null) {
            if (!execution.abandoned) finish(jobId, claim, u, JobStatus.DONE, null);
            return;
        }
        if (execution.abandoned || failure instanceof JobInterruptedException) return;
        log.warn("Background job {} ({}) failed: {}", jobId, claim.kind(), failure.toString());
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        finish(jobId, claim, u, JobStatus.FAILED, message.length() > 500 ? message.substring(0, 500) : message);
    }

    /** Records the end as the submitter, and in the same transaction the event that tells them (once: only if still running here). */
    private void finish(long jobId, JobRepository.Claim claim, QikeUser u, JobStatus status, String error) {
        TenantContext.runAs(u, () -> tx.executeWithoutResult(s -> {
            if (store.finishOwn(jobId, node, status, error)) {
                events.publishEvent(new JobFinished(claim.tenantId(), claim.createdBy(), jobId, claim.kind(), status));
            }
        }));
    }

    private Map<String, JobHandler> handlersByKind() {
        return handlers.orderedStream().collect(Collectors.toMap(JobHandler::kind, Function.identity(), (a, b) -> a));
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.debug("Background job housekeeping failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        timer.shutdown();
        pool.shutdown();
        workers.shutdownNow();
    }
}
