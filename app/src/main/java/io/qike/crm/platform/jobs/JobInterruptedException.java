package io.qike.crm.platform.jobs;

/** This node no longer runs the job (it is restarting, or another node took the job over). */
public class JobInterruptedException extends RuntimeException {
    public JobInterruptedException(long jobId) {
        super("job " + jobId + " was given up by this node");
    }
}
