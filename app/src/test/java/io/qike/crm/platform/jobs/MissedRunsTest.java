package io.qike.crm.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.quartz.spi.OperableTrigger;

/** What Quartz does with a recurring task's trigger that finds its runs missed, as after every node was down. */
class MissedRunsTest {

    @Test
    void runsMissedWhileEveryNodeWasDownBecomeOneRunAtOnceThenTheTaskKeepsItsInterval() {
        Duration hour = Duration.ofHours(1);
        Instant now = Instant.now();
        OperableTrigger trigger = (OperableTrigger) RecurringTasks.trigger(new CountingTask("test.missed", hour, false), now.minus(Duration.ofHours(6)));
        trigger.setNextFireTime(java.util.Date.from(now.minus(Duration.ofHours(5)))); // five runs missed

        trigger.updateAfterMisfire(null);
        Instant catchUp = trigger.getNextFireTime().toInstant();
        assertThat(catchUp).as("one run at once").isBetween(now.minusSeconds(1), now.plusSeconds(5));

        trigger.triggered(null);
        assertThat(trigger.getNextFireTime().toInstant()).as("then one interval after it, not the missed ones")
                .isEqualTo(catchUp.plus(hour));
    }
}
