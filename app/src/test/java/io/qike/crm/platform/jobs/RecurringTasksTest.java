package io.qike.crm.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qike.crm.platform.database.SystemDatabase;
import io.qike.crm.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recurring tasks run by Quartz from its clustered JDBC store: rhythm, manual firing, failures, changes and removal. */
@IntegrationTest
class RecurringTasksTest {
    @Autowired Scheduler scheduler;
    @Autowired RecurringTasks tasks;
    @Autowired List<RecurringTask> beans;
    @Autowired CountingTask counting;
    @Autowired SystemDatabase system;
    @Autowired JdbcClient app;

    @AfterEach
    void backToTheBeans() {
        tasks.sync(beans);
    }

    @Test
    void theSchedulerKeepsItsScheduleInTheDatabaseAndRunsAsAClusterNode() throws Exception {
        assertThat(scheduler.isStarted()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().getThreadPoolSize()).isEqualTo(2);
        assertThat(system.jdbc().sql("select count(*) from qrtz_scheduler_state where sched_name = ?").param(scheduler.getSchedulerName())
                .query(Long.class).single()).as("this node checked in").isEqualTo(1);
        assertThatThrownBy(() -> app.sql("select count(*) from qrtz_triggers").query(Long.class).single())
                .as("the application's role cannot touch the schedule").rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aTaskBeanIsStoredWithItsIntervalAndRunsWhenFired() throws Exception {
        Map<String, Object> row = triggerRow(CountingTask.NAME).orElseThrow();
        assertThat(row).containsEntry("repeat_interval", Duration.ofHours(1).toMillis()).containsEntry("repeat_count", -1L)
                .containsEntry("job_name", CountingTask.NAME).containsEntry("job_group", "qike");
        assertThat((Long) row.get("next_fire_time")).as("the first run is an interval after the start, not now")
                .isGreaterThan(System.currentTimeMillis());
        int before = counting.runs();
        scheduler.triggerJob(JobKey.jobKey(CountingTask.NAME, "qike"));
        await().atMost(Duration.ofSeconds(10)).until(() -> counting.runs() > before);
    }

    @Test
    void aTaskRunsEveryIntervalOnItsOwn() {
        CountingTask fast = new CountingTask("test.fast", Duration.ofSeconds(1), false);
        tasks.sync(with(fast));
        assertThat(triggerRow("test.fast")).get().extracting(r -> r.get("repeat_interval")).isEqualTo(1000L);
        await().atMost(Duration.ofSeconds(15)).until(() -> fast.runs() >= 3);
    }

    @Test
    void aFailingRunIsLoggedAndTheTaskStillRunsAtItsNextPeriod() throws Exception {
        CountingTask failing = new CountingTask("test.failing", Duration.ofSeconds(1), true);
        tasks.sync(with(failing));
        await().atMost(Duration.ofSeconds(15)).until(() -> failing.runs() >= 2);
        assertThat(scheduler.getTriggerState(TriggerKey.triggerKey("test.failing", "qike"))).isIn(Trigger.TriggerState.NORMAL, Trigger.TriggerState.BLOCKED);
    }

    @Test
    void aChangedIntervalReschedulesTheTaskAndAnUnchangedOneKeepsItsRhythm() {
        tasks.sync(with(new CountingTask("test.changing", Duration.ofHours(1), false)));
        Map<String, Object> first = triggerRow("test.changing").orElseThrow();
        tasks.sync(with(new CountingTask("test.changing", Duration.ofHours(1), false)));
        assertThat(triggerRow("test.changing").orElseThrow()).as("another node starting does not move the next run")
                .containsEntry("next_fire_time", first.get("next_fire_time"));
        tasks.sync(with(new CountingTask("test.changing", Duration.ofHours(2), false)));
        Map<String, Object> changed = triggerRow("test.changing").orElseThrow();
        assertThat(changed).containsEntry("repeat_interval", Duration.ofHours(2).toMillis());
        assertThat((Long) changed.get("next_fire_time")).isGreaterThan(System.currentTimeMillis() + Duration.ofMinutes(119).toMillis());
    }

    @Test
    void aTaskThatIsNoLongerABeanIsUnscheduledAndStopsRunning() throws Exception {
        // as an earlier version would have left it: a job and a trigger firing every second
        scheduler.addJob(JobBuilder.newJob(RecurringTaskJob.class).withIdentity("test.gone", "qike").storeDurably().build(), true);
        scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity("test.gone", "qike").forJob("test.gone", "qike")
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever()).build());
        assertThat(triggerRow("test.gone")).isPresent();

        tasks.sync(beans);
        assertThat(triggerRow("test.gone")).isEmpty();
        assertThat(scheduler.checkExists(JobKey.jobKey("test.gone", "qike"))).isFalse();
        assertThat(triggerRow(CountingTask.NAME)).as("the tasks that are beans stay").isPresent();

        // and a task dropped while running stops firing
        CountingTask fast = new CountingTask("test.dropped", Duration.ofSeconds(1), false);
        tasks.sync(with(fast));
        await().atMost(Duration.ofSeconds(15)).until(() -> fast.runs() >= 1);
        tasks.sync(beans);
        assertThat(triggerRow("test.dropped")).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> scheduler.getCurrentlyExecutingJobs().stream()
                .noneMatch(running -> running.getJobDetail().getKey().getName().equals("test.dropped")));
        int after = fast.runs();
        // a witness on the same rhythm: once it has run twice, the dropped task has had its chances to fire
        CountingTask witness = new CountingTask("test.witness", Duration.ofSeconds(1), false);
        tasks.sync(with(witness));
        await().atMost(Duration.ofSeconds(15)).until(() -> witness.runs() >= 2);
        tasks.sync(beans);
        assertThat(fast.runs()).isEqualTo(after);
    }

    private List<RecurringTask> with(RecurringTask extra) {
        List<RecurringTask> all = new ArrayList<>(beans);
        all.add(extra);
        return all;
    }

    /** The task's trigger as Quartz stored it, if there is one. */
    private Optional<Map<String, Object>> triggerRow(String name) {
        try {
            return system.jdbc().sql("""
                            select t.job_name, t.job_group, t.next_fire_time, s.repeat_interval, s.repeat_count
                            from qrtz_triggers t join qrtz_simple_triggers s using (sched_name, trigger_name, trigger_group)
                            where t.sched_name = ? and t.trigger_name = ? and t.trigger_group = 'qike'""")
                    .params(scheduler.getSchedulerName(), name).query().listOfRows().stream().findFirst();
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}
