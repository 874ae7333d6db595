package io.qike.crm.platform.jobs;

import java.util.Map;

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
}
