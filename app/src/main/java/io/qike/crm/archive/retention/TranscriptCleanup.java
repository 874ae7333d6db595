package io.qike.crm.archive.retention;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deletes held transcripts older than {@code qike.wecom.archive.transcript-hold} (default a day), every hour, one
 * statement per enterprise. A transcript is held only for the form that asked for it: the form fetches its file at
 * once and publishes it as an ordinary attachment (a row of its own on the same content hash), so after the hold no
 * held row is needed, used or not. The files stay: the file store is content-addressed, a published attachment (or
 * another transcript of the same messages) may share the file, and the store has no safe way to delete one.
 */
@Component
class TranscriptCleanup implements RecurringTask {
    private static final Logger log = LoggerFactory.getLogger(TranscriptCleanup.class);
    private final TranscriptRepository held;
    private final Duration hold;

    TranscriptCleanup(TranscriptRepository held, @Value("${qike.wecom.archive.transcript-hold:P1D}") Duration hold) {
        this.held = held;
        this.hold = hold;
    }

    @Override
    public String name() {
        return "archive.transcripts";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        Instant cutoff = Instant.now().minus(hold);
        for (long tenantId : held.tenantsHoldingBefore(cutoff)) {
            try {
                int deleted = TenantContext.callAs(tenantId, () -> held.deleteBefore(cutoff));
                if (deleted > 0) log.info("Held transcripts of tenant {}: {} older than {} deleted", tenantId, deleted, hold);
            } catch (RuntimeException e) {
                log.warn("Held transcripts of tenant {} not cleaned up: {}", tenantId, e.toString());
            }
        }
    }
}
