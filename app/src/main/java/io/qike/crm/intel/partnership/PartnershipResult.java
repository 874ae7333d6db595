package io.qike.crm.intel.partnership;

import java.util.List;

/**
 * A finished synchronous run, as the API returns it.
 *
 * @param calls        calls made
 * @param plannedCalls calls of the plan
 * @param lowerBound   the Schönheim bound for this many companies
 * @param requestIds   企查查's requestId of each answered call, in call order (null where it found nothing)
 */
public record PartnershipResult(long runId, List<Relation> relations, int calls, int plannedCalls, int lowerBound, int naiveCalls,
                                List<String> requestIds, RunChanges changes) {
}
