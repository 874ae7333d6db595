package io.qike.crm.importexport;

import io.qike.crm.importexport.ImportTarget.SheetRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * One run of one import job: read and check every row (reporting progress as it goes), then, only
 * if no row had a problem, write them all in one transaction. Nothing is written otherwise.
 */
final class ImportExecution implements SheetReader.Handler {
    private static final Logger log = LoggerFactory.getLogger(ImportExecution.class);
    static final int CHUNK = 1000;
    private final long jobId;
    private final ImportTarget target;
    private final Columns labels;
    private final ImportJobs jobs;
    private final ImportProperties limits;
    private final Locale locale;
    private final List<RowError> errors = new ArrayList<>();
    private Map<Integer, Column> byIndex;
    private int errorTotal;
    private int total;
    private int processed;
    private boolean tooMany;

    ImportExecution(long jobId, ImportTarget target, Columns labels, ImportJobs jobs, ImportProperties limits, Locale locale) {
        this.jobId = jobId;
        this.target = target;
        this.labels = labels;
        this.jobs = jobs;
        this.limits = limits;
        this.locale = locale;
    }

    void run(Path file, String fileName) {
        jobs.start(jobId);
        long started = System.nanoTime();
        boolean hasHeader = SheetReader.read(file, CHUNK, this);
        long checked = System.nanoTime();
        total = Math.max(total, processed);
        if (!hasHeader) {
            fail(ImportMessage.of("imports.message.noHeader"));
        } else if (tooMany) {
            fail(ImportMessage.of("imports.message.tooManyRows", limits.maxRows()));
        } else if (errorTotal > 0) {
            fail(errorTotal > errors.size() ? ImportMessage.of("imports.message.truncated", errors.size(), errorTotal) : null);
        } else if (processed == 0) {
            fail(ImportMessage.of("imports.message.empty"));
        } else {
            try {
                int imported = target.insertAll(fileName, n -> jobs.progress(jobId, total, processed, n));
                jobs.finish(jobId, ImportStatus.DONE, total, processed, imported, List.of(), null);
                log.info("Import job {}: {} rows read and checked in {} ms, written in {} ms", jobId, processed,
                        (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
            } catch (DataIntegrityViolationException e) {
                // Another user created a customer with one of these credit codes after the check.
                fail(ImportMessage.of("imports.message.conflict"));
            }
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
        jobs.progress(jobId, total, 0, 0);
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
            Map<String, String> values = new HashMap<>();
            raw.cells().forEach((index, cell) -> {
                Column c = byIndex.get(index);
                String text = c == null ? null : CellText.of(cell, c);
                if (text != null) values.put(c.key(), text);
            });
            // Rows that only carry formatting, or text in columns outside the template, are not data.
            if (!values.isEmpty()) rows.add(new SheetRow(raw.number(), values));
        }
        if (!rows.isEmpty()) target.check(rows).forEach(this::add);
        processed += rows.size();
        total = Math.max(total, processed);
        jobs.progress(jobId, total, processed, 0);
        return true;
    }

    private void add(RowError error) {
        errorTotal++;
        if (errors.size() < limits.maxErrors()) errors.add(error);
    }

    private void fail(ImportMessage message) {
        jobs.finish(jobId, ImportStatus.FAILED, total, processed, 0, errors, message);
    }
}
