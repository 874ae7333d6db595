package io.qike.crm.intel.partnership;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a run's planned calls, from the first one not yet recorded. Each call's relations, the run's call count
 * and the caller's progress commit in one transaction, so after a restart nothing is recorded twice and at most
 * the one call in flight is asked again. Calls go one after another: the connection's QPS limit holds, and a
 * run never crowds out the users' own lookups on the shared 企查查 key.
 */
@Component
class PartnershipExecutor {
    /** Who follows the run: a background job, or nobody (the synchronous API). */
    interface Progress {
        /** Called inside the transaction that records call {@code done - 1}. */
        void advanced(int done, int total);

        boolean cancelled();

        Progress NONE = new Progress() {
            @Override public void advanced(int done, int total) { }
            @Override public boolean cancelled() { return false; }
        };
    }

    private final PartnershipCaller caller;
    private final PartnershipRunRepository runs;
    private final TransactionTemplate tx;

    PartnershipExecutor(PartnershipCaller caller, PartnershipRunRepository runs, TransactionTemplate tx) {
        this.caller = caller;
        this.runs = runs;
        this.tx = tx;
    }

    /** Returns DONE when every call was made, CANCELLED when the follower cancelled first. */
    PartnershipRun.RunStatus execute(PartnershipRun run, Progress progress) throws InterruptedException {
        List<List<String>> plan = run.plan();
        for (int i = run.callsDone(); i < plan.size(); i++) {
            if (progress.cancelled()) return PartnershipRun.RunStatus.CANCELLED;
            CallAnswer answer = caller.call(plan.get(i));
            int index = i;
            tx.executeWithoutResult(s -> {
                runs.recordCall(run.id(), index, answer);
                progress.advanced(index + 1, plan.size());
            });
        }
        return PartnershipRun.RunStatus.DONE;
    }
}
