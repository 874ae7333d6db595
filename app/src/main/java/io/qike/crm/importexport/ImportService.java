package io.qike.crm.importexport;

import cn.idev.excel.ExcelWriter;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.pool.Pool;
import io.qike.crm.pool.PoolImports;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresAnyPermission;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.nio.file.Path;
import io.qike.crm.platform.org.UserService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Import jobs for the UI and the API alike: templates, uploads, progress and error reports. */
@Service
public class ImportService {
    /** A row error as a reader sees it: the column in their language and the reason. */
    public record ErrorLine(int row, String field, String column, String code, String reason, String value) {
    }

    /** The form and API parameter naming the public pool a customer import goes into. */
    public static final String POOL_FIELD = "customerPoolId";

    private final ImportJobs jobs;
    private final ImportUploads uploads;
    private final TemplateWriter templates;
    private final Columns columns;
    private final MessageSource messages;
    private final ImportProperties properties;
    private final UserService users;
    private final PoolImports pools;

    ImportService(ImportJobs jobs, ImportUploads uploads, TemplateWriter templates, Columns columns, MessageSource messages,
                  ImportProperties properties, UserService users, PoolImports pools) {
        this.users = users;
        this.pools = pools;
        this.jobs = jobs;
        this.uploads = uploads;
        this.templates = templates;
        this.columns = columns;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * Checks that the upload is an xlsx within the size limit, queues a job and returns it at once;
     * the rows are read and checked in the background.
     */
    @PreAuthorize("hasAuthority(#object.importPermission().code())")
    public ImportJob submit(ImportObject object, ImportMode mode, String originalName, long size, InputStream content) {
        return submit(object, mode, null, originalName, size, content);
    }

    /**
     * As {@link #submit(ImportObject, ImportMode, String, long, InputStream)}, customers straight into the public pool
     * {@code poolId} (导入到公海) when it is set: they get no owner (the owner column is ignored). Only customers go into a
     * pool, and only one the user may move customers into ({@link PoolImports}); any other is a problem of
     * {@value #POOL_FIELD}, whether it does not exist or is not the user's to fill.
     */
    @PreAuthorize("hasAuthority(#object.importPermission().code())")
    public ImportJob submit(ImportObject object, ImportMode mode, Long poolId, String originalName, long size, InputStream content) {
        if (poolId != null && object != ImportObject.CUSTOMER) {
            throw new InvalidInputException(FieldProblem.of(POOL_FIELD, "invalid_option"));
        }
        if (poolId != null && pools.target(poolId).isEmpty()) {
            throw new InvalidInputException(new FieldProblem(POOL_FIELD, "not_found", "imports.pool.refused"));
        }
        UploadCheck.size(size, properties.maxFileSize());
        String upload = uploads.store(content);
        try {
            UploadCheck.xlsx(uploads.path(upload));
            long id = jobs.submit(object, mode, poolId, UploadCheck.fileName(originalName), upload, LocaleContextHolder.getLocale());
            return jobs.find(id).orElseThrow();
        } catch (RuntimeException e) {
            uploads.delete(upload);
            throw e;
        }
    }

    /** The public pools the user may import customers into (导入到公海), for the form's choice. */
    @io.qike.crm.platform.RequiresPermission(Permission.CUSTOMER_IMPORT)
    public List<Pool> pools() {
        return pools.targets();
    }

    /** A job of the tenant, for an object the user may import; others are "not found". */
    @RequiresAnyPermission({Permission.CUSTOMER_IMPORT, Permission.CONTACT_IMPORT, Permission.OPPORTUNITY_IMPORT})
    public ImportJob get(long id) {
        QikeUser me = CurrentUser.require();
        return jobs.find(id).filter(j -> me.can(j.object().importPermission()))
                .orElseThrow(() -> new NotFoundException("import_job", id));
    }

    /** The tenant's latest jobs, newest first. */
    @RequiresAnyPermission({Permission.CUSTOMER_IMPORT, Permission.CONTACT_IMPORT, Permission.OPPORTUNITY_IMPORT})
    public List<ImportJob> recent() {
        QikeUser me = CurrentUser.require();
        return jobs.recent(100).stream().filter(j -> me.can(j.object().importPermission())).toList();
    }

    @PreAuthorize("hasAuthority(#object.importPermission().code())")
    public void writeTemplate(ImportObject object, Locale locale, Download target) {
        String name = messages.getMessage("imports.template.fileName", new Object[]{msg("object." + object, locale)}, locale);
        try (OutputStream out = target.open(name)) {
            templates.write(object, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upload limits, for the form's hint. */
    @RequiresAnyPermission({Permission.CUSTOMER_IMPORT, Permission.CONTACT_IMPORT, Permission.OPPORTUNITY_IMPORT})
    public ImportProperties limits() {
        return properties;
    }

    /**
     * The errors of a job in the reader's language. A value that is not one of the choices (a level,
     * a source, a custom field's option, an owner's login) says which are.
     */
    public List<ErrorLine> errorLines(ImportJob job, Locale locale) {
        List<Column> cols = columns.of(job.object());
        Choices choices = new Choices(cols, locale);
        return job.errors().stream().map(e -> new ErrorLine(e.row(), e.field(), columns.fieldLabel(cols, e.field(), locale),
                e.code(), choices.reason(e), e.value())).toList();
    }

    /** The allowed values of the columns, looked up once per list of errors. */
    private final class Choices {
        private static final int MOST_LOGINS = 20;
        private final List<Column> cols;
        private final Locale locale;
        private String logins;

        Choices(List<Column> cols, Locale locale) {
            this.cols = cols;
            this.locale = locale;
        }

        String reason(RowError e) {
            String allowed = e.value() == null ? null : switch (e.code()) {
                case "invalid_option" -> Columns.find(cols, e.field()).map(c -> columns.optionLabels(c, locale))
                        .filter(o -> !o.isEmpty()).map(o -> String.join(msg("imports.error.choiceSeparator", locale), o)).orElse(null);
                case "owner_not_found" -> logins();
                default -> null;
            };
            if (allowed != null) return messages.getMessage("imports.error." + e.code(), new Object[]{e.value(), allowed}, locale);
            return messages.getMessage(e.messageKey(), e.argArray(), e.code(), locale);
        }

        private String logins() {
            if (logins == null) {
                List<String> active = users.list().stream().filter(u -> "ACTIVE".equals(u.status()))
                        .map(u -> messages.getMessage("imports.error.ownerChoice", new Object[]{u.login(), u.displayName()}, locale))
                        .toList();
                logins = String.join(msg("imports.error.choiceSeparator", locale), active.subList(0, Math.min(MOST_LOGINS, active.size())));
                if (active.size() > MOST_LOGINS) logins = messages.getMessage("imports.error.moreChoices", new Object[]{logins, active.size()}, locale);
            }
            return logins;
        }
    }

    /**
     * The error report. While the upload is kept (see {@link ImportUploads}) it is the user's own
     * workbook with the bad cells marked and a reason column ({@link ErrorWorkbook}); after that, the
     * list of errors: row, column, reason and the value found.
     */
    @RequiresAnyPermission({Permission.CUSTOMER_IMPORT, Permission.CONTACT_IMPORT, Permission.OPPORTUNITY_IMPORT})
    public void writeErrorReport(long id, Locale locale, Download target) {
        ImportJob job = get(id);
        List<ErrorLine> lines = errorLines(job, locale);
        String name = messages.getMessage("imports.errors.fileName", new Object[]{id}, locale);
        Optional<Path> upload = jobs.upload(id).flatMap(uploads::find);
        if (upload.isPresent()) {
            List<ErrorWorkbook.Mark> marks = lines.stream().map(l -> new ErrorWorkbook.Mark(l.row(), l.field(), l.reason(),
                    messages.getMessage("imports.errors.line", new Object[]{l.column(), l.reason()}, locale))).toList();
            try {
                new ErrorWorkbook(columns, columns.of(job.object()), locale).write(upload.get(), marks, job.partial(),
                        msg("imports.errors.reasonColumn", locale), msg("imports.error.reasonSeparator", locale), name, target);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<List<Object>> rows = lines.stream().map(l -> List.<Object>of(l.row(), l.column(), l.reason(),
                l.value() == null ? "" : l.value())).toList();
        try (OutputStream out = target.open(name); ExcelWriter writer = Sheets.writer(out)) {
            writer.write(rows, Sheets.sheet(0, msg("imports.errors.sheet", locale), List.of(msg("imports.row", locale),
                    msg("imports.field", locale), msg("imports.reason", locale), msg("imports.errors.value", locale)), 30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
