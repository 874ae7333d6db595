package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy covering for any set of required pairs: start a call with the company that has the most uncovered
 * pairs, then keep adding the company that covers the most uncovered pairs with the call so far (ties: more
 * uncovered pairs overall, then the earlier company), up to 20 names. Bitset rows keep it fast (all pairs of
 * n = 400: about 0.1 s). The constructions beat it clearly on full coverings (755 calls against 455 for n = 400),
 * so it only serves arbitrary pair sets, as one candidate of the incremental plan.
 */
final class GreedyCovering {

    private GreedyCovering() {
    }

    /** Covers every pair marked in {@code required} (symmetric bitset rows); the rows are not modified. */
    static List<int[]> cover(int n, long[][] required) {
        long[][] open = new long[n][];
        int[] degree = new int[n];
        long remaining = 0;
        for (int x = 0; x < n; x++) {
            open[x] = required[x].clone();
            open[x][x >>> 6] &= ~(1L << x);
            for (long word : open[x]) {
                degree[x] += Long.bitCount(word);
            }
            remaining += degree[x];
        }
        List<int[]> blocks = new ArrayList<>();
        int[] gain = new int[n];
        boolean[] inBlock = new boolean[n];
        while (remaining > 0) {
            int seed = 0;
            for (int x = 1; x < n; x++) {
                if (degree[x] > degree[seed]) {
                    seed = x;
                }
            }
            java.util.Arrays.fill(gain, 0);
            int[] block = new int[Covering.MAX_BLOCK];
            int size = 0;
            int next = seed;
            while (next >= 0) {
                block[size++] = next;
                inBlock[next] = true;
                long[] row = open[next];
                for (int y = 0; y < n; y++) {
                    if ((row[y >>> 6] & (1L << y)) != 0) {
                        gain[y]++;
                    }
                }
                next = -1;
                if (size < Covering.MAX_BLOCK) {
                    for (int y = 0; y < n; y++) {
                        if (!inBlock[y] && gain[y] > 0
                                && (next < 0 || gain[y] > gain[next] || gain[y] == gain[next] && degree[y] > degree[next])) {
                            next = y;
                        }
                    }
                }
            }
            int[] chosen = java.util.Arrays.copyOf(block, size);
            java.util.Arrays.sort(chosen);
            for (int i = 0; i < size; i++) {
                inBlock[chosen[i]] = false;
                for (int j = i + 1; j < size; j++) {
                    int a = chosen[i];
                    int b = chosen[j];
                    if ((open[a][b >>> 6] & (1L << b)) != 0) {
                        open[a][b >>> 6] &= ~(1L << b);
                        open[b][a >>> 6] &= ~(1L << a);
                        degree[a]--;
                        degree[b]--;
                        remaining -= 2;
                    }
                }
            }
            blocks.add(chosen);
        }
        return blocks;
    }
}
