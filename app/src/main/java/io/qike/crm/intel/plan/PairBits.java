package io.qike.crm.intel.plan;

import java.util.List;

/** Pair-coverage bookkeeping with one bitset row per point (n = 400 needs 400 × 7 longs). */
final class PairBits {

    private PairBits() {
    }

    static long[][] empty(int n) {
        return new long[n][(n + 63) >>> 6];
    }

    static void set(long[][] rows, int a, int b) {
        rows[a][b >>> 6] |= 1L << b;
        rows[b][a >>> 6] |= 1L << a;
    }

    static boolean get(long[][] rows, int a, int b) {
        return (rows[a][b >>> 6] & (1L << b)) != 0;
    }

    static void cover(long[][] rows, int[] block) {
        for (int i = 0; i < block.length; i++) {
            for (int j = i + 1; j < block.length; j++) {
                set(rows, block[i], block[j]);
            }
        }
    }

    /**
     * Counts the pairs a &lt; b that no block covers; with {@code required} given, only the pairs it marks
     * count (the incremental plan only has to cover pairs involving a new company).
     */
    static long uncoveredPairs(int n, List<int[]> blocks, long[][] required) {
        long[][] covered = empty(n);
        for (int[] block : blocks) {
            for (int p : block) {
                if (p < 0 || p >= n) {
                    return Long.MAX_VALUE;
                }
            }
            cover(covered, block);
        }
        long missing = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if ((required == null || get(required, a, b)) && !get(covered, a, b)) {
                    missing++;
                }
            }
        }
        return missing;
    }
}
