package io.qike.crm.archive.retention;

import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Automatic retention of every enterprise with a rule, every {@code qike.wecom.archive.retention-interval} (default a
 * day). A run that finds a customer's day taken writes nothing for it.
 */
@Component
class RetentionTask implements RecurringTask {
    private static final Logger log = LoggerFactory.getLogger(RetentionTask.class);
    private final AutomaticRetention retention;
    private final Duration interval;

    RetentionTask(AutomaticRetention retention, @Value("${qike.wecom.archive.retention-interval:P1D}") Duration interval) {
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "archive.retention";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        for (long tenantId : retention.tenants()) {
            try {
                int written = retention.run(tenantId);
                if (written > 0) log.info("Automatic retention of tenant {}: {} sales records", tenantId, written);
            } catch (RuntimeException e) {
                log.warn("Automatic retention of tenant {} failed: {}", tenantId, e.toString());
            }
        }
    }
}
