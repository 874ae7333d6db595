package io.qike.crm.platform.jobs;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Test recurring task that counts its runs (and fails each one, when told to). The bean repeats hourly,
 * so during the suite it runs only when a test fires it; tests make other instances with short intervals
 * and hand them to {@link RecurringTasks#sync} themselves.
 */
@Component
class CountingTask implements RecurringTask {
    static final String NAME = "test.counting";
    private final String name;
    private final Duration interval;
    private final boolean failing;
    private final AtomicInteger runs = new AtomicInteger();

    CountingTask() {
        this(NAME, Duration.ofHours(1), false);
    }

    CountingTask(String name, Duration interval, boolean failing) {
        this.name = name;
        this.interval = interval;
        this.failing = failing;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        runs.incrementAndGet();
        if (failing) throw new IllegalStateException("run " + runs.get() + " of " + name + " is broken");
    }

    int runs() {
        return runs.get();
    }
}
