package io.qike.crm.intel.partnership;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One partnership mining run: the companies, the plan of calls, how far it got, and who started it when.
 * Its relations and calls are stored with it, so a later run can show what changed.
 *
 * @param origin        where the companies came from (a list's name, a filter, "pasted"), for people
 * @param previousRunId the latest earlier run over some of the same companies, compared with this one
 */
public record PartnershipRun(long id, RunStatus status, String origin, List<String> companies, List<List<String>> plan,
                             int plannedCalls, int lowerBound, int naiveCalls, String construction, int callsDone, Long jobId,
                             Long previousRunId, String error, long createdBy, String createdByName, OffsetDateTime createdAt,
                             OffsetDateTime finishedAt, int relationCount) {

    public enum RunStatus { RUNNING, DONE, FAILED, CANCELLED }

    public int percent() {
        if (status == RunStatus.DONE) return 100;
        return plannedCalls == 0 ? 0 : (int) Math.min(100, Math.round(callsDone * 100.0 / plannedCalls));
    }

    /** This run with its starter's name, which storage does not hold. */
    public PartnershipRun withCreatedByName(String name) {
        return new PartnershipRun(id, status, origin, companies, plan, plannedCalls, lowerBound, naiveCalls, construction, callsDone,
                jobId, previousRunId, error, createdBy, name, createdAt, finishedAt, relationCount);
    }

    public boolean finished() {
        return status != RunStatus.RUNNING;
    }
}
