package io.qike.crm.importexport;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An import job (导入任务). {@code processed} counts rows read and checked, {@code imported} rows
 * written, {@code skipped} the bad rows a partial import left out; {@code poolId} the public pool a customer
 * import goes into (null: owned customers); {@code errors} is only filled when
 * one job is read, {@code errorCount} always.
 */
public record ImportJob(long id, long userId, String userName, ImportObject object, String fileName, ImportStatus status,
                        int totalRows, int processed, int imported, int errorCount, List<RowError> errors,
                        ImportMessage message, OffsetDateTime createdAt, OffsetDateTime finishedAt, ImportMode mode, int skipped, Long poolId) {

    /** False until the rows of the file are counted: the page then says it is reading the file, not "0 / 0". */
    public boolean counted() {
        return totalRows > 0 || processed > 0;
    }

    public boolean partial() {
        return mode == ImportMode.PARTIAL;
    }

    /** Checking and writing each count for half of the bar; a finished job is full. */
    public int percent() {
        if (status.finished()) return 100;
        if (totalRows <= 0) return 0;
        return (int) Math.min(99, (processed + (long) imported) * 100 / (2L * totalRows));
    }
}
