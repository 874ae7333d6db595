package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the calls of Qichacha's 合作关系挖掘 (findPartnershipRelation), which takes at most 20 company names and
 * reports supplier–customer relations only among the companies of that call. To find every relation among n
 * companies, every two of them must share a call: a covering design C(n, 20, 2), and each call costs money.
 *
 * <p>The planner combines known constructions — inflated projective and affine planes (with arcs), a projective
 * plane with a heavy line at infinity, transversal designs with recursively covered groups, adjoining a group,
 * stored few-call coverings and the naive plan — and returns the cheapest, checked for coverage. For n ≤ 400
 * it stays within 1.3 × the Schönheim bound except n = 37–39 (provably impossible: 5 calls cover at most 36
 * companies), 53 and 56–58 (no better covering known to us); it never exceeds the naive plan. Pure Java,
 * deterministic, no state between calls.
 */
public final class PartnershipPlanner {

    public static final int MAX_COMPANIES_PER_CALL = Covering.MAX_BLOCK;

    /**
     * Plans calls so that every two of the companies share one. Names are trimmed and deduplicated (first
     * occurrence kept, order preserved); blank names, and names with an ASCII comma, are rejected.
     */
    public Plan plan(List<String> companies) {
        List<String> names = PlanNames.normalise(companies);
        int n = names.size();
        Covering covering = CoveringPlanner.cover(n);
        return new Plan(toNames(covering.blocks(), names), Bounds.schoenheim(n), Bounds.naive(n),
                covering.construction());
    }

    /**
     * Plans calls for companies added after a run: only pairs involving at least one new company need a call
     * (relations among the already mined ones are known). New names already mined are ignored. For a mined and b
     * new companies the lower bound is max(⌈b·⌈(a+b−1)/19⌉/20⌉, ⌈a·b/100⌉), the naive plan is groups of 10 new
     * against groups of 10 mined plus every pair of new groups.
     */
    public Plan plan(List<String> alreadyMined, List<String> newCompanies) {
        List<String> mined = PlanNames.normalise(alreadyMined);
        Set<String> known = new HashSet<>(mined);
        List<String> fresh = new ArrayList<>(PlanNames.normalise(newCompanies));
        fresh.removeIf(known::contains);
        if (fresh.isEmpty()) {
            return new Plan(List.of(), 0, 0, "nothing new");
        }
        if (mined.isEmpty()) {
            return plan(fresh);
        }
        List<String> names = new ArrayList<>(mined);
        names.addAll(fresh);
        Covering covering = IncrementalPlanner.cover(mined.size(), fresh.size());
        return new Plan(toNames(covering.blocks(), names),
                IncrementalPlanner.lowerBound(mined.size(), fresh.size()),
                IncrementalPlanner.naive(mined.size(), fresh.size()), covering.construction());
    }

    private static List<List<String>> toNames(List<int[]> blocks, List<String> names) {
        List<List<String>> calls = new ArrayList<>(blocks.size());
        for (int[] block : blocks) {
            List<String> call = new ArrayList<>(block.length);
            for (int company : block) {
                call.add(names.get(company));
            }
            calls.add(call);
        }
        return calls;
    }
}
