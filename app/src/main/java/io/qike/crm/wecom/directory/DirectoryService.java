package io.qike.crm.wecom.directory;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.jobs.BackgroundJob;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.wecom.WecomConnections;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 安装企业微信通讯录: start a full sync, read its log. Administration of WeCom (ADMIN_WECOM). */
@Service
public class DirectoryService {
    private final BackgroundJobs jobs;
    private final DirectoryRepository store;
    private final WecomConnections connections;

    DirectoryService(BackgroundJobs jobs, DirectoryRepository store, WecomConnections connections) {
        this.jobs = jobs;
        this.store = store;
        this.connections = connections;
    }

    /** Starts a full sync as a background job; a sync already waiting or running is returned instead of a second one. */
    @Transactional
    @RequiresPermission(Permission.ADMIN_WECOM)
    public BackgroundJob startSync() {
        if (connections.current().isEmpty()) throw new ConflictException("wecom_not_connected", "error.wecom_not_connected", Map.of());
        return jobs.recent(DirectorySyncJob.KIND, 1).stream().filter(j -> !j.finished()).findFirst()
                .orElseGet(() -> jobs.get(jobs.submit(DirectorySyncJob.KIND, Map.of("scheduled", false), 1)));
    }

    @RequiresPermission(Permission.ADMIN_WECOM)
    public List<SyncLine> syncs() {
        return store.syncs(30);
    }
}
