package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Clean-up after a construction, never adding calls: drop calls whose pairs all occur in other calls (deleting
 * companies from a design leaves some), then merge calls whose union still fits into 20 names (first fit
 * decreasing; the union covers every pair either call covered).
 */
final class Compaction {

    /** Above this many companies the n×n pair counts would cost too much memory; only merging runs. */
    private static final int MAX_COUNTED = 2048;

    /** Open calls of one size looked at for a merge through shared companies. */
    private static final int OVERLAP_SCAN = 256;

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

    /**
     * First fit decreasing over calls taken largest first: a call joins the earliest open call it fits beside
     * (sizes adding up to at most 20). Open calls are indexed by size, so this stays fast for many thousands.
     */
    private static List<int[]> merge(List<int[]> blocks) {
        Integer[] order = new Integer[blocks.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> -blocks.get(i).length).thenComparingInt(i -> i));
        List<int[]> bins = new ArrayList<>();
        List<TreeSet<Integer>> openBySize = new ArrayList<>();
        for (int size = 0; size <= Covering.MAX_BLOCK; size++) {
            openBySize.add(new TreeSet<>());
        }
        for (int i : order) {
            int[] b = blocks.get(i);
            int target = -1;
            for (int size = 1; size + b.length <= Covering.MAX_BLOCK; size++) {
                Integer first = openBySize.get(size).isEmpty() ? null : openBySize.get(size).first();
                if (first != null && (target < 0 || first < target)) {
                    target = first;
                }
            }
            if (target < 0) {
                target = overlappingBin(bins, openBySize, b);
            }
            if (target < 0) {
                bins.add(b);
                openBySize.get(b.length).add(bins.size() - 1);
            } else {
                int[] bin = bins.get(target);
                openBySize.get(bin.length).remove(target);
                int[] merged = union(bin, b);
                bins.set(target, merged);
                openBySize.get(merged.length).add(target);
            }
        }
        return bins;
    }

    /** The earliest open call that b fits into thanks to shared companies (a bounded search per size). */
    private static int overlappingBin(List<int[]> bins, List<TreeSet<Integer>> openBySize, int[] b) {
        int target = -1;
        for (int size = Covering.MAX_BLOCK - b.length + 1; size < Covering.MAX_BLOCK; size++) {
            int looked = 0;
            for (int j : openBySize.get(size)) {
                if (++looked > OVERLAP_SCAN || (target >= 0 && j > target)) {
                    break;
                }
                if (unionSize(bins.get(j), b) <= Covering.MAX_BLOCK) {
                    target = j;
                    break;
                }
            }
        }
        return target;
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
