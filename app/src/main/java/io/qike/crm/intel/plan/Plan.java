package io.qike.crm.intel.plan;

import java.util.List;
import java.util.Objects;

/**
 * A plan of findPartnershipRelation calls: each call names at most 20 companies, and every two companies of the
 * input share at least one call, so the union of the answers holds every direct relation among them.
 *
 * @param calls        the company names of each call, in input order
 * @param lowerBound   the Schönheim bound: no plan can use fewer calls
 * @param naiveCalls   calls of the naive plan (groups of 10, every pair of groups), for comparison
 * @param construction how the plan was made, e.g. "PG(2,4)×4"
 */
public record Plan(List<List<String>> calls, int lowerBound, int naiveCalls, String construction) {

    public Plan {
        calls = calls.stream().map(List::copyOf).toList();
        Objects.requireNonNull(construction, "construction");
    }

    public int callCount() {
        return calls.size();
    }
}
