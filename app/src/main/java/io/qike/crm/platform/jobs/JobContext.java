package io.qike.crm.platform.jobs;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** What a running {@link JobHandler} sees of its job. */
public interface JobContext {
    long id();

    Map<String, Object> params();

    /** The checkpoint saved by the last {@link #progress} call, or null on a first run. */
    String checkpoint();

    int done();

    int total();

    /**
     * Saves progress and the resume point. When a transaction is active this write is part of it, so
     * "the effect of this item + the checkpoint after it" commit or roll back together.
     *
     * @throws JobInterruptedException when this node gave the job up (a restart, another node took it
     *                                 over); the handler should let it propagate
     */
    void progress(int done, int total, String checkpoint);

    /** Whether a user cancelled the job; the handler should stop at the next convenient point. */
    boolean cancelled();

    /** A small summary shown with the finished job (counts, ids). */
    void result(Map<String, Object> summary);

    /**
     * Runs work on a worker thread beside the handler's own, as the job's user and in its tenant: for
     * work that overlaps the handler's (a writer that inserts while the handler reads on). Workers are
     * the platform's threads, not the job's: when this node gives the job up it interrupts the job's
     * thread only, so a worker finishes the call it is in (and its next {@link #progress} is refused).
     */
    <T> CompletableFuture<T> beside(Supplier<T> work);

    /**
     * Runs {@code work} on {@code workers} worker threads at once (see {@link #beside}) and returns
     * when every one has returned: for jobs whose items each wait on something slow, such as a
     * provider answering at its QPS. Each worker takes items until none is left. Waits for the
     * workers even if the handler's thread is interrupted, and keeps the interrupt; rethrows the
     * first exception a worker threw.
     */
    void inParallel(int workers, Runnable work);
}
