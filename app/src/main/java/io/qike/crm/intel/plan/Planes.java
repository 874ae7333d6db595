package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inflated planes: PG(2,q) and AG(2,q) for the prime powers q ≤ 19, each point weighted with
 * m = ⌊20 / line size⌋ companies, plus one more company on the points of a large arc when the lines have room left.
 * Examples: PG(2,4)×4 = 84 companies in 21 calls, AG(2,5)×4 = 100 in 30, PG(2,9)×2 = 182 in 91,
 * PG(2,19)×1 = 381 in 381 — all equal to the Schönheim bound; PG(2,2)×6 plus a 4-arc = 46 in 7.
 */
final class Planes {

    static final int[] ORDERS = {2, 3, 4, 5, 7, 8, 9, 11, 13, 16, 17, 19};

    /** Enough for the arcs of these planes to settle (PG(2,7): the (22,4)-arc); see {@link Arcs}. */
    private static final int ARC_ITERATIONS = 3000;

    static final List<Plane> ALL = build();

    private Planes() {
    }

    /** One inflated plane; its lines are built, and its arc searched, on first use only. */
    static final class Plane {
        final String name;
        final int q;
        final boolean projective;
        final int points;
        final int lineSize;
        final int weight;
        final int room;
        private int[][] lines;
        private int[] withArc;

        Plane(int q, boolean projective) {
            this.q = q;
            this.projective = projective;
            this.points = projective ? q * q + q + 1 : q * q;
            this.lineSize = projective ? q + 1 : q;
            this.weight = Covering.MAX_BLOCK / lineSize;
            this.room = Covering.MAX_BLOCK - weight * lineSize;
            this.name = (projective ? "PG(2," : "AG(2,") + q + ")×" + weight;
        }

        int calls() {
            return projective ? points : q * q + q;
        }

        int uniformCapacity() {
            return weight * points;
        }

        /**
         * Upper bound on the capacity with an arc, without searching: a (k,r)-arc of PG(2,q) has k ≤ (r−1)q + r
         * (the lines through one of its points hold at most r−1 others each), and an arc of AG(2,q) is one of PG(2,q).
         */
        int capacityBound() {
            return uniformCapacity() + (room == 0 ? 0 : Math.min(points, (room - 1) * q + room));
        }

        synchronized int[][] lines() {
            if (lines == null) {
                GaloisField f = GaloisField.of(q);
                lines = projective ? Designs.projectivePlane(f) : Designs.affinePlane(f);
            }
            return lines;
        }

        synchronized int capacity() {
            return Arrays.stream(maxWeights()).sum();
        }

        /** Weights with one more company on each arc point (room 1: any single point is an arc). */
        synchronized int[] maxWeights() {
            if (withArc == null) {
                int[] w = new int[points];
                Arrays.fill(w, weight);
                if (room == 1) {
                    w[0]++;
                } else if (room > 1) {
                    boolean[] arc = Arcs.largeArc(points, lines(), room, ARC_ITERATIONS, 20_260_000L + q);
                    for (int p = 0; p < points; p++) {
                        w[p] += arc[p] ? 1 : 0;
                    }
                }
                withArc = w;
            }
            return withArc.clone();
        }

        /** Weights for exactly n companies: arc extras go first, then whole points from the end. */
        int[] weightsFor(int n) {
            int[] w;
            if (n <= uniformCapacity()) {
                w = new int[points];
                Arrays.fill(w, weight);
            } else {
                w = maxWeights();
            }
            int excess = Arrays.stream(w).sum() - n;
            for (int p = points - 1; p >= 0 && excess > 0; p--) {
                if (w[p] > weight) {
                    w[p]--;
                    excess--;
                }
            }
            for (int p = points - 1; p >= 0 && excess > 0; p--) {
                int cut = Math.min(w[p], excess);
                w[p] -= cut;
                excess -= cut;
            }
            if (excess > 0) {
                throw new IllegalArgumentException(name + " holds fewer than " + n + " companies");
            }
            return w;
        }

        Covering build(int n) {
            String label = name + (n > uniformCapacity() ? " + arc" : "");
            return WeightedDesign.build(lines(), weightsFor(n), size -> {
                throw new IllegalStateException("a plane line never exceeds 20 companies");
            }, label);
        }
    }

    private static List<Plane> build() {
        List<Plane> planes = new ArrayList<>();
        for (int q : ORDERS) {
            planes.add(new Plane(q, true));
            planes.add(new Plane(q, false));
        }
        return List.copyOf(planes);
    }

    static Plane projective(int q) {
        return ALL.stream().filter(p -> p.projective && p.q == q).findFirst().orElseThrow();
    }
}
