package io.qike.crm.importexport;

import cn.idev.excel.exception.ExcelRuntimeException;
import io.qike.crm.contact.ContactImport;
import io.qike.crm.customer.CustomerImport;
import io.qike.crm.platform.org.UserService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs in the background on a small pool of its own (not a bean, so the application's
 * default task executor stays as Spring Boot configures it). Each job runs with the uploader's
 * security context, so row-level security picks the uploader's tenant and the services check the
 * uploader's permissions and data scope, exactly as in the request.
 */
@Component
class ImportRunner implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private final ImportJobs jobs;
    private final Columns columns;
    private final CustomerImport customers;
    private final ContactImport contacts;
    private final UserService users;
    private final ImportProperties properties;
    private final TransactionTemplate tx;
    private final Set<Long> active = ConcurrentHashMap.newKeySet();
    private final Instant startedAt = Instant.now();
    private final ThreadPoolTaskExecutor executor = pool("qike-import-");
    /** One writer per running job, see {@link ImportWriter}. */
    private final ThreadPoolTaskExecutor writers = pool("qike-import-writer-");

    ImportRunner(ImportJobs jobs, Columns columns, CustomerImport customers, ContactImport contacts, UserService users,
                 ImportProperties properties, TransactionTemplate tx) {
        this.jobs = jobs;
        this.columns = columns;
        this.customers = customers;
        this.contacts = contacts;
        this.users = users;
        this.properties = properties;
        this.tx = tx;
        for (ThreadPoolTaskExecutor pool : List.of(executor, writers)) {
            pool.setCorePoolSize(properties.concurrency());
            pool.setMaxPoolSize(properties.concurrency());
            pool.initialize();
        }
    }

    private static ThreadPoolTaskExecutor pool(String prefix) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix(prefix);
        return pool;
    }

    /** The current (job) thread's security context travels with the writer's work, too. */
    private static Executor withContext(Executor executor) {
        return new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
    }

    /** Queues the job; the file is deleted when it has run. */
    void start(long jobId, ImportObject object, String fileName, Path file, Locale locale) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        active.add(jobId);
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(jobId, object, fileName, file, locale), context));
    }

    /**
     * A job left QUEUED or RUNNING by an earlier run of the application (a restart or a crash):
     * no thread of this one will ever finish it. Jobs run in the process that accepted them.
     */
    boolean orphaned(ImportJob job) {
        return !job.status().finished() && !active.contains(job.id()) && job.createdAt().toInstant().isBefore(startedAt);
    }

    private void run(long jobId, ImportObject object, String fileName, Path file, Locale locale) {
        try {
            List<Column> cols = columns.of(object);
            RowValues values = new RowValues(cols, columns, users.list());
            ImportTarget target = object == ImportObject.CUSTOMER ? new CustomerTarget(customers, cols, values)
                    : new ContactTarget(contacts, customers, cols, values);
            new ImportExecution(jobId, target, columns, jobs, properties, locale).run(file,
                    t -> new ImportWriter(tx, t, fileName, n -> jobs.written(jobId, n), withContext(writers)));
        } catch (ExcelRuntimeException e) {
            log.info("Import job {}: unreadable file: {}", jobId, e.getMessage());
            jobs.fail(jobId, ImportMessage.of("imports.message.unreadable"));
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            jobs.fail(jobId, ImportMessage.of("imports.message.error"));
        } finally {
            active.remove(jobId);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}", file, e);
            }
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
        writers.shutdown();
    }
}
