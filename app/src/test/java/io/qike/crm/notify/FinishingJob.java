package io.qike.crm.notify;

import io.qike.crm.platform.jobs.JobContext;
import io.qike.crm.platform.jobs.JobHandler;
import org.springframework.stereotype.Component;

/** A job kind for the tests: ends at once, failing when asked to. */
@Component
class FinishingJob implements JobHandler {
    static final String KIND = "test.finishing";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        if (Boolean.TRUE.equals(job.params().get("fail"))) throw new IllegalStateException("asked to fail");
    }
}
