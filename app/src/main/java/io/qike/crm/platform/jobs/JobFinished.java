package io.qike.crm.platform.jobs;

/**
 * A background job ended on its own (done or failed; a cancel is its user's own act and says nothing), published
 * in the transaction that records the end, so that its submitter can be told (消息提醒).
 */
public record JobFinished(long tenantId, long userId, long jobId, String kind, JobStatus status) {
}
