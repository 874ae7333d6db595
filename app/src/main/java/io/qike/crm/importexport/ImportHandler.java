package io.qike.crm.importexport;

import cn.idev.excel.exception.ExcelRuntimeException;
import io.qike.crm.contact.ContactImport;
import io.qike.crm.customer.CustomerImport;
import io.qike.crm.platform.jobs.JobContext;
import io.qike.crm.pool.Pool;
import io.qike.crm.pool.PoolImports;
import io.qike.crm.platform.jobs.JobHandler;
import io.qike.crm.platform.jobs.JobInterruptedException;
import io.qike.crm.platform.org.UserService;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import (job kind {@value ImportJobs#KIND}) on the platform's background jobs, as its
 * uploader: reads and checks the uploaded file on the job's thread while a writer beside it
 * ({@link JobContext#beside}) inserts the good rows in one transaction, committed only if every row
 * passed (see {@link ImportExecution}).
 *
 * <p>Restarts. An import is all or nothing, so it has no partial state to resume from: a job that a
 * restart or another node's take-over interrupted before its commit committed nothing, and simply
 * starts over from the uploaded file, which stays in {@link ImportUploads} until the job has ended.
 * The commit carries the checkpoint {@value #COMMITTED}{@code <rows>}, so a job interrupted after
 * its rows went in finishes as DONE instead of importing them twice; and a node that lost the job
 * cannot commit at all (writing the checkpoint is refused, which rolls the rows back).
 *
 * <p>A partial import ({@link ImportMode#PARTIAL}) instead commits each chunk's good rows with its
 * checkpoint and skips the bad ones (see {@link PartialImport}).
 *
 * <p>Outcome, for {@link ImportJobs} to read: rows imported, rows skipped, errors kept and the note on
 * the whole job in the job's result; the errors themselves in {@link ImportReportRepository}. A refused
 * import ends the job FAILED. An upload with errors stays for its error report (the user's own workbook
 * with the bad cells marked) until {@link ImportUploads#deleteOlderThan} removes it.
 */
@Component
class ImportHandler implements JobHandler {
    static final String OBJECT = "object", FILE_NAME = "fileName", UPLOAD = "upload", LOCALE = "locale", MODE = "mode", POOL = "pool";
    static final String IMPORTED = "imported", ERROR_COUNT = "errorCount", SKIPPED = "skipped", MESSAGE = "message";
    static final String COMMITTED = "committed:";
    private static final Logger log = LoggerFactory.getLogger(ImportHandler.class);

    /** Ends a refused import's job FAILED once its report is saved. */
    static final class ImportRefused extends RuntimeException {
        ImportRefused(ImportMessage message, int errors) {
            super("import refused: " + (message == null ? errors + " row errors" : message.key()));
        }
    }

    private final Columns columns;
    private final CustomerImport customers;
    private final ContactImport contacts;
    private final io.qike.crm.opportunity.OpportunityImport opportunities;
    private final io.qike.crm.opportunity.SalesProcesses processes;
    private final io.qike.crm.lead.LeadImport leads;
    private final PoolImports pools;
    private final UserService users;
    private final ImportProperties properties;
    private final ImportUploads uploads;
    private final ImportReportRepository reports;
    private final TransactionTemplate tx;
    private final TransactionTemplate separately;

    ImportHandler(Columns columns, CustomerImport customers, ContactImport contacts, UserService users, ImportProperties properties,
                  ImportUploads uploads, ImportReportRepository reports, TransactionTemplate tx,
                  io.qike.crm.opportunity.OpportunityImport opportunities, io.qike.crm.opportunity.SalesProcesses processes,
                  io.qike.crm.lead.LeadImport leads, PoolImports pools) {
        this.pools = pools;
        this.opportunities = opportunities;
        this.processes = processes;
        this.leads = leads;
        this.columns = columns;
        this.customers = customers;
        this.contacts = contacts;
        this.users = users;
        this.properties = properties;
        this.uploads = uploads;
        this.reports = reports;
        this.tx = tx;
        this.separately = new TransactionTemplate(tx.getTransactionManager());
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String kind() {
        return ImportJobs.KIND;
    }

    @Override
    public void run(JobContext job) {
        String upload = (String) job.params().get(UPLOAD);
        boolean ended = false;
        try {
            String checkpoint = job.checkpoint();
            if (checkpoint != null && checkpoint.startsWith(COMMITTED)) { // its rows went in before an interruption
                // a partial import's last commit carried its outcome already
                if (mode(job) == ImportMode.ALL_OR_NOTHING) imported(job, Integer.parseInt(checkpoint.substring(COMMITTED.length())));
            } else {
                Optional<Path> file = upload == null ? Optional.empty() : uploads.find(upload);
                if (file.isEmpty()) refuse(job, List.of(), ImportMessage.of("imports.message.interrupted"));
                else execute(job, file.get());
            }
            ended = true;
        } catch (ImportRefused e) {
            ended = true;
            throw e;
        } finally {
            if (ended && upload != null && !reports.exists(job.id())) uploads.delete(upload); // else kept for the report
        }
    }

    private void execute(JobContext job, Path file) {
        ImportObject object = ImportObject.valueOf((String) job.params().get(OBJECT));
        String fileName = (String) job.params().get(FILE_NAME);
        Locale locale = Locale.forLanguageTag((String) job.params().get(LOCALE));
        PartialImport partial = null;
        try {
            List<Column> cols = columns.of(object);
            RowValues values = new RowValues(cols, columns, users.list());
            Long poolId = object == ImportObject.CUSTOMER ? poolId(job.params()) : null;
            // checked again as the job runs: the uploader may have stopped administering the pool since
            Pool pool = poolId == null ? null : pools.target(poolId).orElse(null);
            if (poolId != null && pool == null) refuse(job, List.of(), ImportMessage.of("imports.message.poolRefused"));
            ImportTarget target = switch (object) {
                case CUSTOMER -> new CustomerTarget(customers, cols, values, pool, pools);
                case CONTACT -> new ContactTarget(contacts, customers, cols, values);
                case OPPORTUNITY -> new OpportunityTarget(opportunities, processes.all(), customers, cols, values);
                case LEAD -> new LeadTarget(leads, cols, values);
            };
            if (mode(job) == ImportMode.PARTIAL) {
                partial = new PartialImport(job, target, columns, this, properties, locale, tx, reports);
                partial.run(file, fileName);
                return;
            }
            ImportExecution execution = new ImportExecution(job, target, columns, this, properties, locale);
            execution.run(file, t -> new ImportWriter(tx, t, fileName,
                    n -> separately.executeWithoutResult(s -> job.result(Map.of(IMPORTED, n))), // seen while the rows are uncommitted
                    execution::committed, job::beside));
        } catch (ImportRefused | JobInterruptedException e) {
            throw e;
        } catch (ExcelRuntimeException e) {
            log.info("Import job {}: unreadable file: {}", job.id(), e.getMessage());
            stopped(job, partial, "imports.message.unreadable");
        } catch (RuntimeException e) {
            log.error("Import job {} failed", job.id(), e);
            stopped(job, partial, "imports.message.error");
        }
    }

    /** A partial import that stopped halfway keeps the rows it committed and says how many. */
    private void stopped(JobContext job, PartialImport partial, String message) {
        if (partial == null || partial.imported() == 0) refuse(job, List.of(), ImportMessage.of(message));
        else refuse(job, List.of(), ImportMessage.of("imports.message.stoppedPartial", partial.imported()), partial.imported());
    }

    /** The public pool a customer import goes into, null for owned customers. */
    static Long poolId(Map<String, Object> params) {
        return params.get(POOL) instanceof Number n ? n.longValue() : null;
    }

    static ImportMode mode(JobContext job) {
        return ImportMode.parse((String) job.params().get(MODE));
    }

    /** The rows are in: the job ends DONE. */
    void imported(JobContext job, int rows) {
        job.result(Map.of(IMPORTED, rows, ERROR_COUNT, 0));
    }

    /** A partial import's good rows are in and its bad rows were skipped: the job ends DONE. */
    void imported(JobContext job, int rows, int errors, int skipped, ImportMessage note) {
        Map<String, Object> summary = new HashMap<>(Map.of(IMPORTED, rows, ERROR_COUNT, errors, SKIPPED, skipped));
        if (note != null) summary.put(MESSAGE, Map.of("key", note.key(), "args", note.args()));
        job.result(summary);
    }

    /** Nothing was imported: keeps the report and ends the job FAILED. */
    void refuse(JobContext job, List<RowError> errors, ImportMessage message) {
        refuse(job, errors, message, 0);
    }

    /** Nothing (more) was imported: keeps the report and ends the job FAILED; a partial import keeps what went in before. */
    void refuse(JobContext job, List<RowError> errors, ImportMessage message, int imported) {
        // throws if this node gave the job up: the next run reports (a partial import from where it got to)
        job.progress(job.done(), job.total(), imported > 0 ? job.checkpoint() : null);
        if (!errors.isEmpty()) reports.save(job.id(), errors);
        Map<String, Object> summary = new HashMap<>(Map.of(IMPORTED, imported, ERROR_COUNT, errors.size()));
        if (message != null) summary.put(MESSAGE, Map.of("key", message.key(), "args", message.args()));
        job.result(summary);
        throw new ImportRefused(message, errors.size());
    }
}
