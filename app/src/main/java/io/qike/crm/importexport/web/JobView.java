package io.qike.crm.importexport.web;

import io.qike.crm.importexport.ImportJob;
import io.qike.crm.importexport.ImportService;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import job as the API returns it: its mode, progress ({@code counted} is false while the file is
 * still being read, when {@code totalRows} means nothing yet), counts (rows skipped by a partial
 * import), the job's note and the localised error report; {@code customerPoolId}: the public pool a customer import goes into.
 */
record JobView(long id, String object, String mode, String fileName, String status, boolean counted, int totalRows, int processed,
               int imported, int skipped, int percent, int errorCount, String message, List<ImportService.ErrorLine> errors,
               String userName, OffsetDateTime createdAt, OffsetDateTime finishedAt, Long customerPoolId) {

    static JobView of(ImportJob j, String message, List<ImportService.ErrorLine> errors) {
        return new JobView(j.id(), j.object().name(), j.mode().name(), j.fileName(), j.status().name(), j.counted(), j.totalRows(),
                j.processed(), j.imported(), j.skipped(), j.percent(), j.errorCount(), message, errors, j.userName(), j.createdAt(),
                j.finishedAt(), j.poolId());
    }
}
