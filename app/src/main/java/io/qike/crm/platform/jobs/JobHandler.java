package io.qike.crm.platform.jobs;

/**
 * The work behind one kind of job; a bean per kind. {@link #run} runs as the user who submitted the
 * job. After a restart it is called again with the last checkpoint, so it must resume from
 * {@link JobContext#checkpoint()} and record each unit of work together with its checkpoint
 * (see {@link JobContext#progress}).
 */
public interface JobHandler {
    /** A stable name such as {@code registry.enrich}. */
    String kind();

    /** Does the work; returning ends the job DONE (unless it was cancelled), an exception ends it FAILED. */
    void run(JobContext job) throws Exception;
}
