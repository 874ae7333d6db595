package io.qike.crm.importexport;

import io.qike.crm.platform.jobs.BackgroundJob;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.platform.org.RecordOwners;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Import jobs as users see them: background jobs of kind {@value #KIND} (run by {@link ImportHandler}),
 * their uploader's name and, for one job, its error report.
 */
@Component
class ImportJobs {
    static final String KIND = "import";
    private final BackgroundJobs jobs;
    private final RecordOwners owners;
    private final ImportReportRepository reports;

    ImportJobs(BackgroundJobs jobs, RecordOwners owners, ImportReportRepository reports) {
        this.jobs = jobs;
        this.owners = owners;
        this.reports = reports;
    }

    /** Queues the import of an upload (see {@link ImportUploads}) as the current user, into a public pool when {@code poolId} is set. */
    long submit(ImportObject object, ImportMode mode, Long poolId, String fileName, String upload, Locale locale) {
        Map<String, Object> params = new java.util.HashMap<>(Map.of(ImportHandler.OBJECT, object.name(), ImportHandler.MODE, mode.name(),
                ImportHandler.FILE_NAME, fileName, ImportHandler.UPLOAD, upload, ImportHandler.LOCALE, locale.toLanguageTag()));
        if (poolId != null) params.put(ImportHandler.POOL, poolId);
        return jobs.submit(KIND, params, 0);
    }

    /** The upload of a job, whose file may be gone already. */
    Optional<String> upload(long id) {
        return jobs.find(id).filter(j -> j.kind().equals(KIND)).map(j -> (String) j.params().get(ImportHandler.UPLOAD));
    }

    Optional<ImportJob> find(long id) {
        return jobs.find(id).filter(j -> j.kind().equals(KIND))
                .map(j -> of(j, owners.names(List.of(j.createdBy())).get(j.createdBy()), reports.find(id)));
    }

    List<ImportJob> recent(int limit) {
        List<BackgroundJob> recent = jobs.recent(KIND, limit);
        Map<Long, String> names = owners.names(recent.stream().map(BackgroundJob::createdBy).distinct().toList());
        return recent.stream().map(j -> of(j, names.get(j.createdBy()), List.of())).toList();
    }

    /**
     * The job's status in an import's terms (no row is imported unless the job is DONE) and the
     * counts and note its handler left in the job's result. A job that failed before its handler could
     * say why (its submitter left, say) reads as the general error.
     */
    static ImportJob of(BackgroundJob j, String userName, List<RowError> errors) {
        ImportStatus status = switch (j.status()) {
            case QUEUED -> ImportStatus.QUEUED;
            case RUNNING -> ImportStatus.RUNNING;
            case DONE -> ImportStatus.DONE;
            case FAILED, CANCELLED -> ImportStatus.FAILED;
        };
        Map<String, Object> result = j.result();
        ImportMessage message = result.get(ImportHandler.MESSAGE) instanceof Map<?, ?> m
                ? new ImportMessage((String) m.get("key"), m.get("args") instanceof List<?> args ? List.copyOf(args) : List.of())
                : status == ImportStatus.FAILED && !result.containsKey(ImportHandler.ERROR_COUNT) ? ImportMessage.of("imports.message.error")
                : null;
        ImportMode mode = ImportMode.parse((String) j.params().get(ImportHandler.MODE)); // jobs from before the choice: all or nothing
        // a partial import keeps the rows it committed before it stopped
        int imported = status == ImportStatus.FAILED && mode == ImportMode.ALL_OR_NOTHING ? 0 : number(result.get(ImportHandler.IMPORTED));
        return new ImportJob(j.id(), j.createdBy(), userName, ImportObject.valueOf((String) j.params().get(ImportHandler.OBJECT)),
                (String) j.params().get(ImportHandler.FILE_NAME), status, j.total(), j.done(), imported,
                number(result.get(ImportHandler.ERROR_COUNT)), errors, message, j.createdAt(), j.finishedAt(), mode,
                number(result.get(ImportHandler.SKIPPED)), ImportHandler.poolId(j.params()));
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }
}
