package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Coverings of the pairs that involve a new company: points 0..a-1 are already mined, a..a+b-1 are new.
 * Candidates: the full covering of all a+b (when few were mined), "cross" plans (new companies in groups of s,
 * each group with the mined ones 20−s at a time, plus the pairs between new groups), and the greedy covering of
 * exactly the required pairs; the smallest wins.
 */
final class IncrementalPlanner {

    /** Above this the greedy candidate's bitsets and running time are not worth it. */
    private static final int GREEDY_LIMIT = 1500;

    private IncrementalPlanner() {
    }

    /**
     * Each new company meets the a+b−1 others at most 19 per call, and a call holds at most 20 new companies; and a
     * call with x new and 20−x mined companies covers at most x·(20−x) ≤ 100 of the a·b new–mined pairs.
     */
    static int lowerBound(int mined, int fresh) {
        long perCompany = (mined + fresh - 1 + 18) / 19;
        long byCompany = (fresh * perCompany + 19) / 20;
        long byCrossPairs = ((long) mined * fresh + 99) / 100;
        return (int) Math.max(byCompany, byCrossPairs);
    }

    static int naive(int mined, int fresh) {
        int newGroups = CostTable.ceilDiv(fresh, 10);
        int minedGroups = CostTable.ceilDiv(mined, 10);
        return minedGroups == 0 ? Bounds.naive(fresh) : newGroups * minedGroups + newGroups * (newGroups - 1) / 2;
    }

    static Covering cover(int mined, int fresh) {
        int n = mined + fresh;
        long[][] required = PairBits.empty(n);
        for (int x = mined; x < n; x++) {
            for (int y = 0; y < n; y++) {
                if (x != y) {
                    PairBits.set(required, x, y);
                }
            }
        }
        List<Covering> candidates = new ArrayList<>();
        candidates.add(CoveringPlanner.cover(n));
        int bestS = 0;
        int bestCost = Integer.MAX_VALUE;
        int newCovering = CoveringPlanner.plannedCalls(fresh);
        for (int s = 1; s < Covering.MAX_BLOCK; s++) {
            int groups = CostTable.ceilDiv(fresh, s);
            int cost = groups * CostTable.ceilDiv(mined, Covering.MAX_BLOCK - s) + betweenGroups(groups, s, newCovering);
            if (cost < bestCost) {
                bestCost = cost;
                bestS = s;
            }
        }
        candidates.add(cross(mined, fresh, bestS));
        if (n <= GREEDY_LIMIT) {
            candidates.add(new Covering(n, GreedyCovering.cover(n, required), "greedy over pairs with a new company"));
        }
        Covering best = null;
        for (Covering c : candidates) {
            Covering compacted = new Covering(n, Compaction.compact(n, c.blocks()), c.construction());
            if (PairBits.uncoveredPairs(n, compacted.blocks(), required) == 0
                    && (best == null || compacted.size() < best.size())) {
                best = compacted;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no incremental covering passed its check");
        }
        return best;
    }

    /** Calls for the pairs between different groups of s new companies: every pair of groups, or a full covering. */
    private static int betweenGroups(int groups, int s, int newCovering) {
        if (groups <= 1) {
            return 0;
        }
        return 2 * s <= Covering.MAX_BLOCK ? Math.min(groups * (groups - 1) / 2, newCovering) : newCovering;
    }

    private static Covering cross(int mined, int fresh, int s) {
        int groups = CostTable.ceilDiv(fresh, s);
        int chunk = Covering.MAX_BLOCK - s;
        List<int[]> blocks = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int[] group = range(mined + g * s, mined + Math.min(fresh, (g + 1) * s));
            for (int from = 0; from < mined; from += chunk) {
                blocks.add(concat(range(from, Math.min(mined, from + chunk)), group));
            }
        }
        int newCovering = CoveringPlanner.plannedCalls(fresh);
        if (groups > 1) {
            if (2 * s <= Covering.MAX_BLOCK && groups * (groups - 1) / 2 <= newCovering) {
                for (int g = 0; g < groups; g++) {
                    for (int h = g + 1; h < groups; h++) {
                        blocks.add(concat(range(mined + g * s, mined + (g + 1) * s),
                                range(mined + h * s, mined + Math.min(fresh, (h + 1) * s))));
                    }
                }
            } else {
                int[] labels = range(mined, mined + fresh);
                blocks.addAll(CoveringPlanner.cover(fresh).relabel(labels));
            }
        }
        return new Covering(mined + fresh, blocks, "new in groups of " + s + " against the mined, "
                + fresh + " new + " + mined + " mined");
    }

    private static int[] range(int from, int to) {
        int[] r = new int[Math.max(0, to - from)];
        Arrays.setAll(r, i -> from + i);
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
