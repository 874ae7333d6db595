package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pair covering of the points 0..points-1: blocks (future API calls) of at most {@link #MAX_BLOCK} points such
 * that every two points share a block. {@code construction} says how it was made, for the plan and the benchmark.
 */
record Covering(int points, List<int[]> blocks, String construction) {

    /** findPartnershipRelation accepts at most 20 company names per call. */
    static final int MAX_BLOCK = 20;

    Covering {
        blocks = List.copyOf(blocks);
    }

    int size() {
        return blocks.size();
    }

    /** At most one block: no pairs (n ≤ 1) or one call naming everybody (n ≤ 20). */
    static Covering single(int n) {
        if (n <= 1) {
            return new Covering(n, List.of(), "no pairs");
        }
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return new Covering(n, List.of(all), "one call");
    }

    /** The same covering on other labels: point i becomes {@code labels[i]}. */
    List<int[]> relabel(int[] labels) {
        List<int[]> out = new ArrayList<>(blocks.size());
        for (int[] block : blocks) {
            int[] b = new int[block.length];
            for (int i = 0; i < block.length; i++) {
                b[i] = labels[block[i]];
            }
            Arrays.sort(b);
            out.add(b);
        }
        return out;
    }

    /** True if every two of the points share a block and no block is too big or repeats a point. */
    boolean isValid() {
        return PairBits.uncoveredPairs(points, blocks, null) == 0 && blocks.stream().allMatch(Covering::wellFormed);
    }

    private static boolean wellFormed(int[] block) {
        if (block.length > MAX_BLOCK) {
            return false;
        }
        for (int i = 1; i < block.length; i++) {
            if (block[i] <= block[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
