package io.qike.crm.importexport;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code qike.importexport.*}.
 *
 * @param maxFileSize  largest accepted import file, in bytes (below the servlet's multipart limit)
 * @param maxRows      most data rows in one import file
 * @param maxErrors    most row errors kept in a job's report (the count of all is kept in its message)
 * @param reportDays   days an uploaded file with errors is kept for its error report (the user's own
 *                     workbook with the bad cells marked); the report's list of errors stays with the job
 *
 * Imports run on the platform's background jobs, so how many run at once is {@code qike.jobs.threads}.
 */
@ConfigurationProperties("qike.importexport")
public record ImportProperties(long maxFileSize, int maxRows, int maxErrors, int reportDays) {
    public ImportProperties {
        if (maxFileSize <= 0) maxFileSize = 30L * 1024 * 1024;
        if (maxRows <= 0) maxRows = 200_000;
        if (maxErrors <= 0) maxErrors = 10_000;
        if (reportDays <= 0) reportDays = 30;
    }
}
