package io.qike.crm.platform.jobs;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.QikeUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts and follows background jobs in the current tenant. A job is only started once the
 * transaction that submitted it commits, so it never runs for work that was rolled back.
 */
@Service
public class BackgroundJobs {
    private final JobRepository store;
    private final JobRunner runner;

    BackgroundJobs(JobRepository store, JobRunner runner) {
        this.store = store;
        this.runner = runner;
    }

    /** Queues a job of the given kind, run by its {@link JobHandler} as the current user. */
    public long submit(String kind, Map<String, Object> params, int total) {
        QikeUser user = CurrentUser.require();
        long id = store.insert(kind, params == null ? Map.of() : params, total, user.userId());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.start(id);
                }
            });
        } else {
            runner.start(id);
        }
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
