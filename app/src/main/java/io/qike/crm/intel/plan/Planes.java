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

    /** {q, arc size found by the search} for the planes with room for two or more; see {@link #storedArcSize}. */
    private static final int[][] PG_ARCS = {{2, 4}, {5, 6}, {7, 22}, {8, 10}, {11, 75}, {13, 58}, {16, 26}, {17, 18}};
    private static final int[][] AG_ARCS = {{3, 4}, {7, 36}, {8, 24}, {9, 9}, {11, 88}, {13, 72}, {16, 32}, {17, 27}};

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
        /** Size of the arc {@link #maxWeights} finds, stored so that pricing never has to search. */
        final int arcSize;
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
            this.arcSize = room == 0 ? 0 : room == 1 ? 1 : storedArcSize(projective, q);
        }

        int calls() {
            return projective ? points : q * q + q;
        }

        int uniformCapacity() {
            return weight * points;
        }

        synchronized int[][] lines() {
            if (lines == null) {
                GaloisField f = GaloisField.of(q);
                lines = projective ? Designs.projectivePlane(f) : Designs.affinePlane(f);
            }
            return lines;
        }

        int capacity() {
            return uniformCapacity() + arcSize;
        }

        /**
         * Weights with one more company on each arc point (room 1: any single point is an arc). The search runs from
         * the parabolas and from scratch, and the larger arc is kept.
         */
        synchronized int[] maxWeights() {
            if (withArc == null) {
                int[] w = new int[points];
                Arrays.fill(w, weight);
                if (room == 1) {
                    w[0]++;
                } else if (room > 1) {
                    long seed = 20_260_000L + q;
                    boolean[] arc = Arcs.largeArc(points, lines(), room, parabolas(), ARC_ITERATIONS, seed);
                    boolean[] plain = Arcs.largeArc(points, lines(), room, new int[0], ARC_ITERATIONS, seed);
                    if (count(plain) > count(arc)) {
                        arc = plain;
                    }
                    if (count(arc) != arcSize) {
                        throw new IllegalStateException(name + ": arc of " + count(arc) + ", stored " + arcSize);
                    }
                    for (int p = 0; p < points; p++) {
                        w[p] += arc[p] ? 1 : 0;
                    }
                }
                withArc = w;
            }
            return withArc.clone();
        }

        private static int count(boolean[] set) {
            int n = 0;
            for (boolean b : set) {
                n += b ? 1 : 0;
            }
            return n;
        }

        /**
         * ⌊room/2⌋ disjoint parabolas y = x² + c (each meets a line in at most 2 points), for PG(2,q) with their
         * common point at infinity (0,1,0) and, for even q, the nucleus (1,0,0), where all their tangents meet.
         */
        private int[] parabolas() {
            GaloisField f = GaloisField.of(q);
            List<Integer> start = new ArrayList<>();
            for (int c = 0; c < room / 2; c++) {
                for (int x = 0; x < q; x++) {
                    start.add(x * q + f.add(f.mul(x, x), c));
                }
            }
            if (projective) {
                start.add(q * q);
                if (f.p == 2) {
                    start.add(q * q + q);
                }
            }
            return start.stream().mapToInt(Integer::intValue).toArray();
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

    /**
     * The sizes of the arcs the search finds, i.e. (k, room)-arcs for the room each inflated plane leaves. Known
     * maxima for comparison: the hyperovals of PG(2,2) and PG(2,8) (4 and 10) and the ovals of PG(2,5) and PG(2,17)
     * (6 and 18) are reached; PG(2,7) gets a (22,4)-arc. A test checks these against the search.
     */
    private static int storedArcSize(boolean projective, int q) {
        int[][] table = projective ? PG_ARCS : AG_ARCS;
        for (int[] entry : table) {
            if (entry[0] == q) {
                return entry[1];
            }
        }
        throw new IllegalStateException("no stored arc for " + (projective ? "PG" : "AG") + "(2," + q + ")");
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
