package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The uploaded file behind an error report is kept for the report's days, then deleted. */
@IntegrationTest
class ImportUploadRetentionTest {
    @Autowired ImportUploads uploads;
    @Autowired ImportUploadRetention retention;
    @Autowired ImportProperties properties;

    @Test
    void anUploadOlderThanTheReportDaysIsDeletedAndARecentOneKept() throws Exception {
        String old = uploads.store(new ByteArrayInputStream(new byte[]{1}));
        String recent = uploads.store(new ByteArrayInputStream(new byte[]{2}));
        Files.setLastModifiedTime(uploads.path(old), FileTime.from(Instant.now().minus(Duration.ofDays(properties.reportDays() + 1))));

        retention.run();

        assertThat(uploads.find(old)).isEmpty();
        assertThat(uploads.find(recent)).isPresent();
        uploads.delete(recent);
    }
}
