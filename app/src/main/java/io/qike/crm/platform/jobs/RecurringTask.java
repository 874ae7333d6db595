package io.qike.crm.platform.jobs;

import java.time.Duration;

/**
 * Periodic work that concerns the whole installation, not one node: a module declares it as a Spring
 * bean and the platform schedules it with Quartz's clustered JDBC job store (tables {@code qrtz_*}).
 *
 * <ul>
 *   <li><b>One node at a time.</b> However many app nodes share the database, each period's run
 *       happens on one of them, and a run never overlaps the previous one (the job is
 *       {@code @DisallowConcurrentExecution}, which the clustered store enforces across nodes).</li>
 *   <li><b>Rhythm.</b> The first run comes one {@link #interval()} after the task is first scheduled
 *       (a start of the scheduler that finds no trigger for it), then every interval at a fixed rate.
 *       A later start keeps the rhythm the cluster already has, unless the interval changed: then the
 *       task is scheduled anew, first run one new interval later.</li>
 *   <li><b>Missed runs.</b> Runs missed while every node was down (or while an earlier run overran
 *       the interval by more than Quartz's misfire threshold, a minute) collapse into one catch-up run
 *       as soon as a node is up again, after which the task runs every interval from that run on
 *       (Quartz's "reschedule now with remaining count" misfire instruction).</li>
 *   <li><b>Removal.</b> A task whose bean is gone is unscheduled at the next start, so it stops
 *       firing.</li>
 *   <li><b>Failures.</b> An exception from {@link #run()} is logged with the task's name; the task
 *       still runs at its next period.</li>
 * </ul>
 *
 * {@link #run()} runs on a Quartz worker thread with no tenant and no user: work for tenants must set
 * them itself (see {@code TenantContext}). Work that every node must do for itself (flushing its own
 * in-memory state) is not a recurring task; use Spring's {@code @Scheduled} for that.
 */
public interface RecurringTask {
    /**
     * A stable name, unique among the tasks, such as {@code registry.tick}. It identifies the task's
     * Quartz job and trigger (group {@code qike}) across restarts and nodes: renaming a task is
     * removing one and adding another.
     */
    String name();

    /** The time between runs; at least a second. Read at start. */
    Duration interval();

    /** One run. */
    void run();
}
