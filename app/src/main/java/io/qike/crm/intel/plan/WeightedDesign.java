package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Inflation of a base design: super-point p becomes {@code weight[p]} companies, and each line becomes the
 * set of companies of its super-points. Two companies of different super-points meet on the line joining them;
 * two of the same super-point on any line through it. A line naming at most 20 companies is one call; a bigger
 * one (a heavy line at infinity, a group of a transversal design) is itself covered by a smaller covering.
 *
 * <p>Lines with companies of only one super-point are kept only for a super-point on no other kept line, and lines
 * without companies are dropped, so deleting super-points (weight 0) also deletes the calls they make useless.
 */
final class WeightedDesign {

    private WeightedDesign() {
    }

    /** Calls needed, where {@code coveringCost} prices a line of more than 20 companies. */
    static int cost(int[][] lines, int[] weight, IntUnaryOperator coveringCost) {
        boolean[] kept = keptLines(lines, weight);
        int calls = 0;
        for (int l = 0; l < lines.length; l++) {
            if (kept[l]) {
                int total = total(lines[l], weight);
                calls += total <= Covering.MAX_BLOCK ? 1 : coveringCost.applyAsInt(total);
            }
        }
        return calls;
    }

    static Covering build(int[][] lines, int[] weight, IntFunction<Covering> coveringOf, String construction) {
        int[] first = new int[weight.length + 1];
        for (int p = 0; p < weight.length; p++) {
            first[p + 1] = first[p] + weight[p];
        }
        boolean[] kept = keptLines(lines, weight);
        List<int[]> blocks = new ArrayList<>();
        for (int l = 0; l < lines.length; l++) {
            if (!kept[l]) {
                continue;
            }
            int[] companies = new int[total(lines[l], weight)];
            int count = 0;
            for (int p : lines[l]) {
                for (int c = first[p]; c < first[p + 1]; c++) {
                    companies[count++] = c;
                }
            }
            java.util.Arrays.sort(companies);
            if (companies.length <= Covering.MAX_BLOCK) {
                blocks.add(companies);
            } else {
                blocks.addAll(coveringOf.apply(companies.length).relabel(companies));
            }
        }
        return new Covering(first[weight.length], blocks, construction);
    }

    private static boolean[] keptLines(int[][] lines, int[] weight) {
        boolean[] kept = new boolean[lines.length];
        boolean[] onKeptLine = new boolean[weight.length];
        for (int l = 0; l < lines.length; l++) {
            if (nonEmpty(lines[l], weight) >= 2) {
                kept[l] = true;
                for (int p : lines[l]) {
                    onKeptLine[p] = true;
                }
            }
        }
        for (int l = 0; l < lines.length; l++) {
            if (nonEmpty(lines[l], weight) == 1) {
                for (int p : lines[l]) {
                    if (weight[p] >= 2 && !onKeptLine[p]) {
                        kept[l] = true;
                        onKeptLine[p] = true;
                    }
                }
            }
        }
        return kept;
    }

    private static int nonEmpty(int[] line, int[] weight) {
        int n = 0;
        for (int p : line) {
            if (weight[p] > 0) {
                n++;
            }
        }
        return n;
    }

    private static int total(int[] line, int[] weight) {
        int t = 0;
        for (int p : line) {
            t += weight[p];
        }
        return t;
    }
}
