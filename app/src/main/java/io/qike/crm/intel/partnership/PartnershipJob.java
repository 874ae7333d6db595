package io.qike.crm.intel.partnership;

import io.qike.crm.intel.provider.FailureMessages;
import io.qike.crm.platform.jobs.JobContext;
import io.qike.crm.platform.jobs.JobHandler;
import io.qike.crm.platform.jobs.JobInterruptedException;
import io.qike.crm.registry.ProviderFailure;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A partnership run as a background job. It resumes from the run's recorded call count, which commits with
 * the job's checkpoint; a run this node gave up (restart) is left RUNNING for the node that takes it over.
 */
@Component
class PartnershipJob implements JobHandler {
    private final PartnershipRunRepository runs;
    private final PartnershipExecutor executor;
    private final FailureMessages failures;

    PartnershipJob(PartnershipRunRepository runs, PartnershipExecutor executor, FailureMessages failures) {
        this.runs = runs;
        this.executor = executor;
        this.failures = failures;
    }

    @Override
    public String kind() {
        return PartnershipMining.JOB_KIND;
    }

    @Override
    public void run(JobContext job) throws Exception {
        long runId = ((Number) job.params().get("runId")).longValue();
        PartnershipRun run = runs.find(runId).orElseThrow(() -> new IllegalStateException("partnership run " + runId + " is gone"));
        if (run.finished()) return;
        PartnershipRun.RunStatus status;
        try {
            status = executor.execute(run, new PartnershipExecutor.Progress() {
                @Override
                public void advanced(int done, int total) {
                    job.progress(done, total, Integer.toString(done));
                }

                @Override
                public boolean cancelled() {
                    return job.cancelled();
                }
            });
        } catch (InterruptedException e) {
            throw new JobInterruptedException(job.id());
        } catch (ProviderFailure | IllegalStateException | io.qike.crm.platform.InvalidInputException e) {
            // A failure caused by this node giving the job up (an interrupted call) is not the run's failure.
            job.progress(job.done(), job.total(), job.checkpoint());
            String message = e instanceof ProviderFailure f ? failures.describe(f) : e.getMessage();
            runs.finish(runId, PartnershipRun.RunStatus.FAILED, message);
            throw new IllegalStateException(message, e);
        }
        runs.finish(runId, status, null);
        PartnershipRun finished = runs.find(runId).orElseThrow();
        job.result(Map.of("runId", runId, "calls", finished.callsDone(), "relations", finished.relationCount()));
    }
}
