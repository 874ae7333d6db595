package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The number of calls of the best recipe for every size 0..n, computed bottom-up (recipes only use smaller
 * sizes), with the recipe that achieves it. Costs are exact for full designs and upper bounds after deleting
 * companies; {@link Compaction} may still save a call or two when building.
 */
final class CostTable {

    private static final int K = Covering.MAX_BLOCK;

    private final int[] calls;
    private final Recipe[] recipes;
    private final List<Integer> primePowers;

    CostTable(int n) {
        calls = new int[Math.max(n, 1) + 1];
        recipes = new Recipe[calls.length];
        primePowers = primePowersUpTo(Math.max(64, n / 2 + 1));
        for (int m = 0; m < calls.length; m++) {
            price(m);
        }
    }

    int calls(int m) {
        return calls[m];
    }

    Recipe recipe(int m) {
        return recipes[m];
    }

    private void price(int m) {
        if (m <= K) {
            offer(m, m <= 1 ? 0 : 1, new Recipe.Single());
            return;
        }
        // Offered in order of preference: on a tie the earlier (simpler to explain) recipe stays.
        offer(m, Bounds.naive(m), new Recipe.Naive());
        for (Planes.Plane plane : Planes.ALL) {
            if (plane.uniformCapacity() >= m) {
                offer(m, plane.calls(), new Recipe.Plane(plane));
            }
        }
        for (SmallCoverings.Entry entry : SmallCoverings.ENTRIES) {
            if (entry.capacity() >= m) {
                offer(m, entry.calls(), new Recipe.Table(entry));
            }
        }
        for (int q : Planes.ORDERS) {
            heavyLine(m, q);
        }
        for (int k = 2; k <= K; k++) {
            transversal(m, k);
        }
        for (int e = 1; e < K && m - e >= 2; e++) {
            offer(m, calls[m - e] + ceilDiv(m - e, K - e), new Recipe.Adjoin(e));
        }
        for (Planes.Plane plane : Planes.ALL) {
            if (plane.uniformCapacity() < m && plane.capacity() >= m) {
                offer(m, plane.calls(), new Recipe.Plane(plane));
            }
        }
    }

    private void transversal(int m, int k) {
        int weight = K / k;
        int tried = 0;
        for (int q : primePowers) {
            if (q < k || (long) k * q * weight < m) {
                continue;
            }
            int cost = q * q;
            for (int size : groupSizes(m, k)) {
                cost += groupCalls(size);
            }
            offer(m, cost, new Recipe.Transversal(k, q));
            if (++tried == 2) {
                return;
            }
        }
    }

    private void heavyLine(int m, int q) {
        for (int affine = 1; affine * q <= K; affine++) {
            for (int infinite = 1; affine * q + infinite <= K; infinite++) {
                int atInfinity = (q + 1) * infinite;
                if (q * q * affine + atInfinity >= m && atInfinity < m) {
                    offer(m, q * q + q + groupCalls(atInfinity), new Recipe.HeavyLine(q, affine, infinite));
                }
            }
        }
    }

    /** Calls for one line or group of {@code size} companies (one call up to 20). */
    int groupCalls(int size) {
        return size <= 1 ? 0 : size <= K ? 1 : calls[size];
    }

    static int[] groupSizes(int m, int k) {
        int[] sizes = new int[k];
        for (int i = 0; i < k; i++) {
            sizes[i] = m / k + (i < m % k ? 1 : 0);
        }
        return sizes;
    }

    private void offer(int m, int cost, Recipe recipe) {
        if (recipes[m] == null || cost < calls[m]) {
            calls[m] = cost;
            recipes[m] = recipe;
        }
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static List<Integer> primePowersUpTo(int limit) {
        List<Integer> out = new ArrayList<>();
        for (int q = 2; q <= limit; q++) {
            if (GaloisField.isPrimePower(q)) {
                out.add(q);
            }
        }
        return out;
    }
}
