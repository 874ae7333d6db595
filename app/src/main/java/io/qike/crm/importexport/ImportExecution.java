package io.qike.crm.importexport;

import io.qike.crm.importexport.ImportTarget.SheetRow;
import io.qike.crm.platform.jobs.JobContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * One run of one import job: read and check every row, reporting progress as it goes, while an
 * {@link ImportWriter} inserts the rows checked good in one open transaction. Only if every row
 * passed is that transaction committed; otherwise it is rolled back and the job lists the errors
 * (see {@link ImportHandler#refuse}).
 */
final class ImportExecution implements SheetReader.Handler {
    private static final Logger log = LoggerFactory.getLogger(ImportExecution.class);
    static final int CHUNK = 1000;
    private final JobContext job;
    private final ImportTarget target;
    private final Columns labels;
    private final ImportHandler outcome;
    private final ImportProperties limits;
    private final Locale locale;
    private final List<RowError> errors = new ArrayList<>();
    private ImportWriter writer;
    private Map<Integer, Column> byIndex;
    private int errorTotal;
    private int total;
    private int processed;
    private boolean tooMany;

    ImportExecution(JobContext job, ImportTarget target, Columns labels, ImportHandler outcome, ImportProperties limits,
                    Locale locale) {
        this.job = job;
        this.target = target;
        this.labels = labels;
        this.outcome = outcome;
        this.limits = limits;
        this.locale = locale;
    }

    /** Runs the job; {@code writers} starts the writer for the file (on its own thread). */
    void run(Path file, Function<ImportTarget, ImportWriter> writers) {
        long started = System.nanoTime();
        writer = writers.apply(target);
        boolean committed = false;
        try {
            boolean hasHeader = SheetReader.read(file, CHUNK, this);
            total = Math.max(total, processed);
            ImportMessage problem = !hasHeader ? ImportMessage.of("imports.message.noHeader")
                    : tooMany ? ImportMessage.of("imports.message.tooManyRows", limits.maxRows())
                    : errorTotal > errors.size() ? ImportMessage.of("imports.message.truncated", errors.size(), errorTotal)
                    : errorTotal == 0 && processed == 0 ? ImportMessage.of("imports.message.empty") : null;
            if (problem != null || errorTotal > 0) {
                fail(problem);
                return;
            }
            long checked = System.nanoTime();
            int imported = writer.commit();
            committed = true;
            outcome.imported(job, imported);
            log.info("Import job {}: {} rows in {} ms ({} ms after the last row was checked)", job.id(), imported,
                    (System.nanoTime() - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        } catch (DataIntegrityViolationException e) {
            // Someone created a customer with one of these credit codes after it was checked.
            committed = true;
            fail(ImportMessage.of("imports.message.conflict"));
        } finally {
            if (!committed) writer.rollback();
        }
    }

    @Override
    public boolean header(Map<Integer, String> cells, int approximateRows) {
        Headers.Match match = Headers.match(cells, Columns.withExportOnly(target.columns()), labels, locale);
        if (!match.problems().isEmpty()) {
            match.problems().forEach(this::add);
            return false;
        }
        byIndex = match.byIndex();
        total = Math.min(approximateRows, limits.maxRows());
        job.progress(0, total, null);
        return true;
    }

    @Override
    public boolean rows(List<SheetReader.RawRow> chunk) {
        if (processed + chunk.size() > limits.maxRows()) {
            tooMany = true;
            return false;
        }
        List<SheetRow> rows = new ArrayList<>(chunk.size());
        for (SheetReader.RawRow raw : chunk) {
            Map<String, String> values = raw.values(byIndex);
            // Rows that only carry formatting, or text in columns outside the template, are not data.
            if (!values.isEmpty()) rows.add(new SheetRow(raw.number(), values));
        }
        if (!rows.isEmpty()) target.check(rows).forEach(this::add);
        if (errorTotal == 0) writer.rowsChecked();
        processed += rows.size();
        total = Math.max(total, processed);
        job.progress(processed, total, null);
        return !writer.broken();
    }

    private void add(RowError error) {
        errorTotal++;
        if (errors.size() < limits.maxErrors()) errors.add(error);
    }

    /** The checkpoint written with the rows, just before they commit. */
    void committed(int imported) {
        job.progress(processed, total, ImportHandler.COMMITTED + imported);
    }

    private void fail(ImportMessage message) {
        job.progress(processed, total, null);
        outcome.refuse(job, errors, message);
    }
}
