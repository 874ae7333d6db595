package io.qike.crm.importexport.web;

import io.qike.crm.importexport.ImportJob;
import io.qike.crm.importexport.ImportService;
import java.time.OffsetDateTime;
import java.util.List;

/** An import job as the API returns it: progress, counts, the job's note and the localised error report. */
record JobView(long id, String object, String fileName, String status, int totalRows, int processed, int imported,
               int percent, int errorCount, String message, List<ImportService.ErrorLine> errors, String userName,
               OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    static JobView of(ImportJob j, String message, List<ImportService.ErrorLine> errors) {
        return new JobView(j.id(), j.object().name(), j.fileName(), j.status().name(), j.totalRows(), j.processed(), j.imported(),
                j.percent(), j.errorCount(), message, errors, j.userName(), j.createdAt(), j.finishedAt());
    }
}
