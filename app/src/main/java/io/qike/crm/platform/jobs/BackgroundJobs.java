package io.qike.crm.platform.jobs;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.QikeUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Starts and follows background jobs in the current tenant. A job is only started once the
 * transaction that submitted it commits (see {@link JobStarter}), so it never runs for work that was
 * rolled back.
 */
@Service
public class BackgroundJobs {
    private final JobRepository store;
    private final JobRunner runner;
    private final ApplicationEventPublisher events;

    BackgroundJobs(JobRepository store, JobRunner runner, ApplicationEventPublisher events) {
        this.store = store;
        this.runner = runner;
        this.events = events;
    }

    /** Queues a job of the given kind, run by its {@link JobHandler} as the current user. */
    public long submit(String kind, Map<String, Object> params, int total) {
        QikeUser user = CurrentUser.require();
        long id = store.insert(kind, params == null ? Map.of() : params, total, user.userId());
        events.publishEvent(new JobSubmitted(id)); // started by JobStarter once this transaction commits
        return id;
    }

    /** The job, if it is in this tenant (modules check who may see it). */
    public Optional<BackgroundJob> find(long id) {
        return store.find(id);
    }

    public BackgroundJob get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("job", id));
    }

    public List<BackgroundJob> recent(String kind, int limit) {
        return store.recent(kind, limit);
    }

    /** Cancels a queued or running job; its handler stops at its next progress point. */
    public boolean cancel(long id) {
        get(id);
        return store.cancel(id);
    }

    /**
     * Gives up the jobs running on this node the way a crash would (their threads are interrupted and
     * nothing is recorded) and runs them again from their checkpoints, as a restart does.
     */
    public void restartRunning() {
        runner.restartRunning();
    }
}
