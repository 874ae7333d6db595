package io.qike.crm.wecom.directory;

import io.qike.crm.platform.jobs.JobContext;
import io.qike.crm.platform.jobs.JobHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 同步通讯录 as a background job: one step (read, then mirror in one transaction); its result carries the counts. */
@Component
class DirectorySyncJob implements JobHandler {
    static final String KIND = "wecom.directory.sync";
    private final DirectorySync sync;

    DirectorySyncJob(DirectorySync sync) {
        this.sync = sync;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        // Safe to run again after a restart: a full sync converges on WeCom's directory whatever was done before.
        DirectorySync.Outcome o = sync.run(job.id(), Boolean.TRUE.equals(job.params().get("scheduled")));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("departments", o.departments());
        result.put("members", o.members());
        result.put("added", o.added());
        result.put("changed", o.changed());
        result.put("removed", o.removed());
        result.put("unseated", o.unseated());
        if (o.errcode() != null) result.put("errcode", o.errcode());
        job.result(result);
        job.progress(1, 1, "done");
    }
}
