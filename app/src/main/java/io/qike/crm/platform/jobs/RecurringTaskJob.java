package io.qike.crm.platform.jobs;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Quartz job behind every {@link RecurringTask}: runs the task its job is named after. Not
 * concurrent, so the clustered store never runs a task twice at once, on one node or several.
 * Quartz makes an instance per run (Spring's job factory passes the constructor its bean).
 */
@DisallowConcurrentExecution
class RecurringTaskJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(RecurringTaskJob.class);
    private final RecurringTasks tasks;

    RecurringTaskJob(RecurringTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String name = context.getJobDetail().getKey().getName();
        RecurringTask task = tasks.find(name);
        if (task == null) { // a node of another version, during an upgrade
            log.warn("Recurring task {} is not known on this node; this run is skipped", name);
            return;
        }
        try {
            task.run();
        } catch (RuntimeException e) { // logged here, so the trigger keeps its rhythm
            log.error("Recurring task {} failed", name, e);
        } finally {
            SecurityContextHolder.clearContext(); // Quartz's worker threads are reused
        }
    }
}
