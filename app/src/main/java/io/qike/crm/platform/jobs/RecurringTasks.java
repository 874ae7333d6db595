package io.qike.crm.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings Quartz's stored schedule in line with the {@link RecurringTask} beans, once at start (before
 * the scheduler fires anything): each task gets a durable job and a forever-repeating simple trigger,
 * both named after the task in group {@value #GROUP}. A trigger that already matches is left alone, so a
 * node joining the cluster does not move the others' rhythm; one with another interval is replaced;
 * jobs and triggers in the group that no task names any more are removed.
 */
@Component
class RecurringTasks implements SmartInitializingSingleton {
    static final String GROUP = "qike";
    private static final Logger log = LoggerFactory.getLogger(RecurringTasks.class);

    private final Scheduler scheduler;
    private final List<RecurringTask> beans;
    private volatile Map<String, RecurringTask> byName = Map.of();

    RecurringTasks(Scheduler scheduler, List<RecurringTask> beans) {
        this.scheduler = scheduler;
        this.beans = List.copyOf(beans);
    }

    @Override
    public void afterSingletonsInstantiated() {
        sync(beans);
    }

    /** The task the job of this name runs, if this node has it. */
    RecurringTask find(String name) {
        return byName.get(name);
    }

    /** Schedules these tasks and unschedules every other task of the group. */
    synchronized void sync(Collection<RecurringTask> tasks) {
        Map<String, RecurringTask> named = new LinkedHashMap<>();
        for (RecurringTask task : tasks) {
            String name = task.name();
            if (name == null || name.isBlank()) throw new IllegalStateException("A recurring task has no name: " + task);
            if (task.interval() == null || task.interval().compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalStateException("Recurring task " + name + " needs an interval of at least a second, not " + task.interval());
            }
            if (named.putIfAbsent(name, task) != null) throw new IllegalStateException("Two recurring tasks are named " + name);
        }
        byName = Map.copyOf(named);
        try {
            for (RecurringTask task : named.values()) schedule(task);
            for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
                if (!named.containsKey(key.getName()) && scheduler.unscheduleJob(key)) log.info("Recurring task {} unscheduled", key.getName());
            }
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                if (!named.containsKey(key.getName())) scheduler.deleteJob(key);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule the recurring tasks", e);
        }
    }

    private void schedule(RecurringTask task) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(RecurringTaskJob.class).withIdentity(task.name(), GROUP).storeDurably()
                .withDescription("RecurringTask " + task.name()).build();
        scheduler.addJob(job, true); // keeps the job's triggers
        TriggerKey key = TriggerKey.triggerKey(task.name(), GROUP);
        Trigger existing = scheduler.getTrigger(key);
        SimpleTrigger wanted = trigger(task, Instant.now().plus(task.interval()));
        if (existing == null) {
            try {
                scheduler.scheduleJob(wanted);
                log.info("Recurring task {} scheduled every {}", task.name(), task.interval());
            } catch (ObjectAlreadyExistsException e) {
                // another node starting at the same moment scheduled it first
            }
        } else if (!sameSchedule(existing, wanted)) {
            scheduler.rescheduleJob(key, wanted);
            log.info("Recurring task {} rescheduled every {}", task.name(), task.interval());
        } else if (scheduler.getTriggerState(key) == Trigger.TriggerState.ERROR) { // its job could not be loaded once
            scheduler.resetTriggerFromErrorState(key);
        }
    }

    /**
     * The task's trigger: every interval from {@code firstRun} on, forever. Runs missed beyond Quartz's
     * misfire threshold become one run at once, and the rhythm starts again from it.
     */
    static SimpleTrigger trigger(RecurringTask task, Instant firstRun) {
        return TriggerBuilder.newTrigger().withIdentity(task.name(), GROUP).forJob(task.name(), GROUP)
                .startAt(Date.from(firstRun))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(task.interval().toMillis())
                        .repeatForever().withMisfireHandlingInstructionNowWithRemainingCount())
                .build();
    }

    private static boolean sameSchedule(Trigger existing, SimpleTrigger wanted) {
        return existing instanceof SimpleTrigger s && s.getRepeatInterval() == wanted.getRepeatInterval()
                && s.getRepeatCount() == wanted.getRepeatCount() && s.getMisfireInstruction() == wanted.getMisfireInstruction()
                && s.getJobKey().equals(wanted.getJobKey());
    }
}
