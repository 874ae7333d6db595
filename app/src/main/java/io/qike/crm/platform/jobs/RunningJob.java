package io.qike.crm.platform.jobs;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The {@link JobContext} of one run on this node. */
final class RunningJob implements JobContext {
    private final long id;
    private final String node;
    private final JobRepository.Claim claim;
    private final JobRepository store;
    private final BooleanSupplier abandoned;
    private final QikeUser user;
    private final Executor workers;
    private volatile String checkpoint;
    private volatile int done;
    private volatile int total;
    private volatile boolean cancelled;
    private volatile long lastCheck = System.nanoTime() - 2_000_000_000L;

    RunningJob(long id, String node, JobRepository.Claim claim, JobRepository store, BooleanSupplier abandoned, QikeUser user,
               Executor workers) {
        this.user = user;
        this.workers = workers;
        this.id = id;
        this.node = node;
        this.claim = claim;
        this.store = store;
        this.abandoned = abandoned;
        this.checkpoint = claim.checkpoint();
        this.done = claim.done();
        this.total = claim.total();
    }

    @Override public long id() { return id; }
    @Override public Map<String, Object> params() { return claim.params(); }
    @Override public String checkpoint() { return checkpoint; }
    @Override public int done() { return done; }
    @Override public int total() { return total; }

    @Override
    public void progress(int done, int total, String checkpoint) {
        if (abandoned.getAsBoolean()) throw new JobInterruptedException(id);
        Optional<JobStatus> status = store.progress(id, node, done, total, checkpoint);
        if (status.isEmpty()) throw new JobInterruptedException(id);
        this.done = done;
        this.total = total;
        this.checkpoint = checkpoint;
        if (status.get() == JobStatus.CANCELLED) cancelled = true;
    }

    /** Handlers ask before every item: read the job's row at most once a second (progress() also sees a cancel). */
    @Override
    public boolean cancelled() {
        long now = System.nanoTime();
        if (!cancelled && now - lastCheck > 1_000_000_000L) {
            lastCheck = now;
            cancelled = store.find(id).map(j -> j.status() == JobStatus.CANCELLED).orElse(true);
        }
        return cancelled;
    }

    @Override
    public void result(Map<String, Object> summary) {
        store.result(id, summary);
    }

    @Override
    public <T> CompletableFuture<T> beside(Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> TenantContext.callAs(user, work::get), workers);
    }

    @Override
    public void inParallel(int count, Runnable work) {
        List<CompletableFuture<Object>> running = new ArrayList<>();
        for (int i = 0; i < count; i++) running.add(beside(() -> { work.run(); return null; }));
        boolean interrupted = false;
        RuntimeException failure = null;
        for (CompletableFuture<Object> f : running) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (failure == null) failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    break;
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        if (failure != null) throw failure;
    }
}
