package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Clean-up after a construction, never adding calls: drop calls whose pairs all occur in other calls (deleting
 * companies from a design leaves some), then merge calls whose union still fits into 20 names (first fit
 * decreasing; the union covers every pair either call covered).
 */
final class Compaction {

    /** Above this many companies the n×n pair counts would cost too much memory; only merging runs. */
    private static final int MAX_COUNTED = 2048;

    private Compaction() {
    }

    static List<int[]> compact(int n, List<int[]> blocks) {
        List<int[]> useful = new ArrayList<>();
        for (int[] b : blocks) {
            if (b.length >= 2) {
                useful.add(b);
            }
        }
        if (n <= MAX_COUNTED) {
            useful = dropRedundant(n, useful);
        }
        return merge(useful);
    }

    private static List<int[]> dropRedundant(int n, List<int[]> blocks) {
        int[] count = new int[n * n];
        for (int[] b : blocks) {
            forEachPair(b, (x, y) -> count[x * n + y]++);
        }
        Integer[] order = new Integer[blocks.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> blocks.get(i).length).thenComparingInt(i -> i));
        boolean[] dropped = new boolean[blocks.size()];
        for (int i : order) {
            int[] b = blocks.get(i);
            boolean redundant = true;
            for (int x = 0; x < b.length && redundant; x++) {
                for (int y = x + 1; y < b.length; y++) {
                    if (count[b[x] * n + b[y]] < 2) {
                        redundant = false;
                        break;
                    }
                }
            }
            if (redundant) {
                dropped[i] = true;
                forEachPair(b, (x, y) -> count[x * n + y]--);
            }
        }
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!dropped[i]) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    private static List<int[]> merge(List<int[]> blocks) {
        Integer[] order = new Integer[blocks.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -blocks.get(i).length).thenComparingInt(i -> i));
        List<int[]> bins = new ArrayList<>();
        for (int i : order) {
            int[] b = blocks.get(i);
            boolean placed = false;
            if (b.length < Covering.MAX_BLOCK) {
                for (int j = 0; j < bins.size() && !placed; j++) {
                    int[] bin = bins.get(j);
                    if (bin.length < Covering.MAX_BLOCK && unionSize(bin, b) <= Covering.MAX_BLOCK) {
                        bins.set(j, union(bin, b));
                        placed = true;
                    }
                }
            }
            if (!placed) {
                bins.add(b);
            }
        }
        return bins;
    }

    private static int unionSize(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int size = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i == a.length || b[j] < a[i]) {
                j++;
            } else {
                i++;
                j++;
            }
            size++;
        }
        return size;
    }

    private static int[] union(int[] a, int[] b) {
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }

    private interface PairAction {
        void accept(int x, int y);
    }

    private static void forEachPair(int[] b, PairAction action) {
        for (int x = 0; x < b.length; x++) {
            for (int y = x + 1; y < b.length; y++) {
                action.accept(b[x], b[y]);
            }
        }
    }
}
