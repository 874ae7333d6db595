package io.qike.crm.importexport;

import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the uploads kept for error reports once they are older than {@code qike.importexport.report-days}
 * (recurring task {@value #TASK}, every hour, one node for the installation). The uploads folder is
 * shared by the nodes and holds no tenant data in the database, so one pass over it serves every tenant.
 * A job's page then lists its errors still, and its report download falls back to that list.
 */
@Component
class ImportUploadRetention implements RecurringTask {
    static final String TASK = "imports.uploads";
    private static final Logger log = LoggerFactory.getLogger(ImportUploadRetention.class);
    private final ImportUploads uploads;
    private final ImportProperties properties;

    ImportUploadRetention(ImportUploads uploads, ImportProperties properties) {
        this.uploads = uploads;
        this.properties = properties;
    }

    @Override
    public String name() {
        return TASK;
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        int deleted = uploads.deleteOlderThan(Instant.now().minus(Duration.ofDays(properties.reportDays())));
        if (deleted > 0) log.info("Deleted {} import uploads older than {} days", deleted, properties.reportDays());
    }
}
