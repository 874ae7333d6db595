package io.qike.crm.archive.pull;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.JobContext;
import io.qike.crm.platform.jobs.JobHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 立即拉取 as a background job, so the page can follow it: progress is the cursor's seq after each batch. Safe to
 * run again after a restart: the cursor is durable, a second run goes on from it.
 */
@Component
class ArchivePullJob implements JobHandler {
    static final String KIND = "archive.pull";
    private final ArchivePuller puller;

    ArchivePullJob(ArchivePuller puller) {
        this.puller = puller;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        PullResult r = puller.pull(TenantContext.currentTenantId(), seq -> job.progress((int) Math.min(seq, Integer.MAX_VALUE), 0, Long.toString(seq)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", r.outcome());
        result.put("stored", r.stored());
        result.put("seq", r.seq());
        if (r.errcode() != null) result.put("errcode", r.errcode());
        job.result(result);
    }
}
