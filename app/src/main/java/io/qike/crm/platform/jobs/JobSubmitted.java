package io.qike.crm.platform.jobs;

/** A job row was inserted; once its transaction commits, this node starts it. */
record JobSubmitted(long jobId) {
}
