package io.qike.crm.importexport;

import io.qike.crm.importexport.ImportTarget.SheetRow;
import io.qike.crm.platform.jobs.JobContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of a partial import (导入正确的行，跳过有错的行): each chunk of rows is checked, and its good
 * rows go in with the errors found so far and the job's checkpoint in one transaction. A restart
 * resumes after the last committed chunk (checkpoint {@value #CHECKPOINT}{@code row:imported:skipped:errors}),
 * so no row is lost or imported twice; the errors reported before it are read back from the report.
 */
final class PartialImport implements SheetReader.Handler {
    static final String CHECKPOINT = "partial:";
    private final JobContext job;
    private final ImportTarget target;
    private final Columns labels;
    private final ImportHandler outcome;
    private final ImportProperties limits;
    private final Locale locale;
    private final TransactionTemplate tx;
    private final ImportReportRepository reports;
    private final List<RowError> errors = new ArrayList<>();
    private Map<Integer, Column> byIndex;
    private int lastRow;
    private int imported;
    private int skipped;
    private int errorTotal;
    private int processed;
    private int total;
    private boolean tooMany;

    PartialImport(JobContext job, ImportTarget target, Columns labels, ImportHandler outcome, ImportProperties limits, Locale locale,
                  TransactionTemplate tx, ImportReportRepository reports) {
        this.job = job;
        this.target = target;
        this.labels = labels;
        this.outcome = outcome;
        this.limits = limits;
        this.locale = locale;
        this.tx = tx;
        this.reports = reports;
        target.skipBadRows();
        String checkpoint = job.checkpoint();
        if (checkpoint != null && checkpoint.startsWith(CHECKPOINT)) { // chunks went in before an interruption
            String[] n = checkpoint.substring(CHECKPOINT.length()).split(":");
            lastRow = Integer.parseInt(n[0]);
            imported = Integer.parseInt(n[1]);
            skipped = Integer.parseInt(n[2]);
            errorTotal = Integer.parseInt(n[3]);
            processed = job.done();
            total = job.total();
            errors.addAll(reports.find(job.id()));
        }
    }

    int imported() {
        return imported;
    }

    void run(Path file, String fileName) {
        boolean hasHeader = SheetReader.read(file, ImportExecution.CHUNK, this);
        total = Math.max(total, processed);
        if (!hasHeader) {
            outcome.refuse(job, errors, ImportMessage.of("imports.message.noHeader"), imported);
        } else if (byIndex == null) {
            outcome.refuse(job, errors, null, imported); // the header did not match the template
        } else if (processed == 0) {
            outcome.refuse(job, errors, ImportMessage.of("imports.message.empty"), imported);
        } else {
            ImportMessage note = tooMany ? ImportMessage.of("imports.message.tooManyRowsPartial", limits.maxRows())
                    : errorTotal > errors.size() ? ImportMessage.of("imports.message.truncated", errors.size(), errorTotal) : null;
            tx.executeWithoutResult(s -> {
                if (imported > 0) target.recordImport(fileName, imported);
                outcome.imported(job, imported, errors.size(), skipped, note);
                job.progress(processed, total, ImportHandler.COMMITTED + imported);
            });
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
        total = Math.max(total, Math.min(approximateRows, limits.maxRows()));
        job.progress(processed, total, job.checkpoint());
        return true;
    }

    @Override
    public boolean rows(List<SheetReader.RawRow> chunk) {
        List<SheetRow> rows = new ArrayList<>(chunk.size());
        int last = lastRow;
        for (SheetReader.RawRow raw : chunk) {
            if (raw.number() <= lastRow) continue; // committed before a restart
            last = raw.number();
            Map<String, String> values = raw.values(byIndex);
            if (!values.isEmpty()) rows.add(new SheetRow(raw.number(), values));
        }
        if (last == lastRow) return true;
        if (processed + rows.size() > limits.maxRows()) {
            tooMany = true;
            return false;
        }
        List<RowError> found = rows.isEmpty() ? List.of() : target.check(rows);
        Set<Integer> bad = new TreeSet<>();
        found.forEach(e -> {
            bad.add(e.row());
            add(e);
        });
        int row = last;
        tx.executeWithoutResult(s -> {
            imported += target.writeChecked();
            skipped += bad.size();
            processed += rows.size();
            total = Math.max(total, processed);
            if (!found.isEmpty()) reports.save(job.id(), errors);
            job.result(Map.of(ImportHandler.IMPORTED, imported));
            job.progress(processed, total, CHECKPOINT + row + ":" + imported + ":" + skipped + ":" + errorTotal);
        });
        lastRow = row;
        return true;
    }

    private void add(RowError error) {
        errorTotal++;
        if (errors.size() < limits.maxErrors()) errors.add(error);
    }
}
