package io.qike.crm.platform.jobs;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A background job as users and modules see it.
 *
 * @param checkpoint the handler's own resume state (opaque here)
 * @param result     the handler's summary, once it has one
 */
public record BackgroundJob(long id, String kind, JobStatus status, int total, int done, Map<String, Object> params,
                            String checkpoint, Map<String, Object> result, String errorMessage, long createdBy,
                            OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public int percent() {
        if (status == JobStatus.DONE) return 100;
        return total <= 0 ? 0 : (int) Math.min(100, Math.round(done * 100.0 / total));
    }

    public boolean finished() {
        return status.finished();
    }
}
