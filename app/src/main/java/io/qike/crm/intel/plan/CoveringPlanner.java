package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a pair covering of n companies by calls of at most 20: prices every recipe for every size up to n
 * ({@link CostTable}), builds the cheapest, compacts it, and checks it (falling back to the naive plan should a
 * construction ever fail its check). {@link GreedyCovering} is not a candidate here: measured, it never beats the
 * constructions (n = 100: 40 calls against 30; n = 400: 755 against 455). Deterministic: no clocks, no unseeded
 * randomness, no hash-order dependence.
 */
final class CoveringPlanner {

    private final CostTable costs;
    private final Map<Integer, Covering> built = new HashMap<>();

    private CoveringPlanner(int n) {
        this.costs = new CostTable(n);
    }

    static Covering cover(int n) {
        if (n <= Covering.MAX_BLOCK) {
            return Covering.single(n);
        }
        CoveringPlanner planner = new CoveringPlanner(n);
        Covering raw = planner.build(n);
        Covering best = new Covering(n, Compaction.compact(n, raw.blocks()), raw.construction());
        if (!best.isValid()) {
            Covering naive = naive(n);
            best = new Covering(n, naive.blocks(), "naive (" + raw.construction() + " failed its check)");
        }
        return best;
    }

    /** The calls the cheapest recipe needs, before compaction. */
    static int plannedCalls(int n) {
        return n <= Covering.MAX_BLOCK ? (n <= 1 ? 0 : 1) : new CostTable(n).calls(n);
    }

    private Covering build(int m) {
        Covering cached = built.get(m);
        if (cached != null) {
            return cached;
        }
        Recipe recipe = costs.recipe(m);
        Covering covering;
        if (recipe instanceof Recipe.Table t) {
            covering = SmallCoverings.build(t.entry(), m);
        } else if (recipe instanceof Recipe.Plane p) {
            covering = p.plane().build(m);
        } else if (recipe instanceof Recipe.HeavyLine h) {
            covering = heavyLine(m, h);
        } else if (recipe instanceof Recipe.Transversal t) {
            covering = transversal(m, t);
        } else if (recipe instanceof Recipe.Adjoin a) {
            covering = adjoin(m, a.e());
        } else if (recipe instanceof Recipe.Naive) {
            covering = naive(m);
        } else {
            covering = Covering.single(m);
        }
        built.put(m, covering);
        return covering;
    }

    static Covering naive(int n) {
        if (n <= Covering.MAX_BLOCK) {
            return Covering.single(n);
        }
        int groups = CostTable.ceilDiv(n, 10);
        List<int[]> blocks = new ArrayList<>();
        for (int a = 0; a < groups; a++) {
            for (int b = a + 1; b < groups; b++) {
                int[] block = new int[0];
                block = concat(block, range(a * 10, Math.min(n, a * 10 + 10)));
                block = concat(block, range(b * 10, Math.min(n, b * 10 + 10)));
                blocks.add(block);
            }
        }
        return new Covering(n, blocks, "naive groups of 10");
    }

    private Covering heavyLine(int m, Recipe.HeavyLine h) {
        int q = h.q();
        int[][] lines = Planes.projective(q).lines();
        int[] weight = new int[q * q + q + 1];
        Arrays.fill(weight, 0, q * q, h.affine());
        Arrays.fill(weight, q * q, weight.length, h.infinite());
        int excess = Arrays.stream(weight).sum() - m;
        for (int p = q * q - 1; p >= 0 && excess > 0; p--) {
            int cut = Math.min(weight[p], excess);
            weight[p] -= cut;
            excess -= cut;
        }
        String name = "PG(2," + q + ") " + h.affine() + "/" + h.infinite() + " with the line at infinity ["
                + describe((q + 1) * h.infinite()) + "]";
        return WeightedDesign.build(lines, weight, this::build, name);
    }

    private Covering transversal(int m, Recipe.Transversal t) {
        int k = t.k();
        int q = t.q();
        int weightCap = Covering.MAX_BLOCK / k;
        int[][] lines = Designs.transversalDesignWithGroups(GaloisField.of(q), k);
        int[] sizes = CostTable.groupSizes(m, k);
        int[] weight = new int[k * q];
        for (int i = 0; i < k; i++) {
            for (int y = 0; y < q; y++) {
                // Spread the group evenly: no point above m = ⌊20/k⌋, so a transversal block stays ≤ 20.
                weight[i * q + y] = sizes[i] / q + (y < sizes[i] % q ? 1 : 0);
                if (weight[i * q + y] > weightCap) {
                    throw new IllegalStateException("group too big for TD(" + k + "," + q + ")");
                }
            }
        }
        String name = "TD(" + k + "," + q + ")×" + weightCap + " with groups [" + describe(sizes[0]) + "]";
        return WeightedDesign.build(lines, weight, this::build, name);
    }

    private Covering adjoin(int m, int e) {
        int old = m - e;
        Covering base = build(old);
        List<int[]> blocks = new ArrayList<>(base.blocks());
        int[] added = range(old, m);
        for (int from = 0; from < old; from += Covering.MAX_BLOCK - e) {
            blocks.add(concat(range(from, Math.min(old, from + Covering.MAX_BLOCK - e)), added));
        }
        return new Covering(m, blocks, base.construction() + " + " + e + " adjoined");
    }

    private String describe(int size) {
        return size <= Covering.MAX_BLOCK ? "one call" : build(size).construction();
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
