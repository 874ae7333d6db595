package io.qike.crm.platform.jobs;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts a submitted job on this node as soon as the transaction that submitted it commits (at once
 * when it was submitted outside a transaction); a rolled-back submission never starts.
 *
 * <p>A plain {@code @TransactionalEventListener} rather than an {@code @ApplicationModuleListener}:
 * this is a trigger inside one module, not one module reacting to another. The job row is itself the
 * durable record (a start that is lost, say by a crash right after the commit, is found by the
 * runner's scan of queued jobs), so the listener needs no transaction of its own and runs in the
 * committing thread, handing the job to the runner's pool without the delay of an asynchronous
 * listener. Being after-commit, it still gets an entry in the event publication registry, completed
 * when the job is handed over and republished by a restart that came in between.
 */
@Component
class JobStarter {
    private final JobRunner runner;

    JobStarter(JobRunner runner) {
        this.runner = runner;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(JobSubmitted event) {
        runner.start(event.jobId());
    }
}
