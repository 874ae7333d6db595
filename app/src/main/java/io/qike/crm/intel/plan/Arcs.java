package io.qike.crm.intel.plan;

import java.util.Random;

/**
 * Large (k,r)-arcs: sets of points meeting every line of a design in at most r points. When a plane is
 * inflated with weight m and its lines still have r free places (m·|line| + r = 20), the points of such an arc
 * can carry one more company each; e.g. PG(2,7) with weight 2 has 16 per line, and a (22,4)-arc gives
 * 114 + 22 = 136 companies on 57 calls (the Schönheim bound for 136 is 55).
 *
 * <p>Found by a small deterministic local search: start from given points (the planes pass parabolas, whose union
 * of r/2 translates is already an arc, an oval or hyperoval for r = 2), fill greedily, then repeat "drop one point,
 * refill greedily in a shuffled order" with a fixed random seed, so the same arc comes out on every run.
 */
final class Arcs {

    /** The search stops after this many steps without a bigger arc. */
    static final int STALE_LIMIT = 500;

    private Arcs() {
    }

    /** Returns a membership mask of a large arc meeting every line in at most {@code r} points. */
    static boolean[] largeArc(int points, int[][] lines, int r, int[] start, int iterations, long seed) {
        int stale = 0;
        Search search = new Search(points, lines, r);
        for (int p : start) {
            if (!search.in[p] && search.fits(p)) {
                search.add(p);
            }
        }
        for (int p = 0; p < points; p++) {
            if (!search.in[p] && search.fits(p)) {
                search.add(p);
            }
        }
        boolean[] best = search.in.clone();
        int bestSize = search.size;
        if (search.size == 0) {
            return best;
        }
        Random random = new Random(seed);
        int[] order = new int[points];
        for (int i = 0; i < points; i++) {
            order[i] = i;
        }
        for (int it = 0; it < iterations; it++) {
            int victim = nthMember(search.in, random.nextInt(search.size));
            search.remove(victim);
            shuffle(order, random);
            for (int p : order) {
                if (p != victim && !search.in[p] && search.fits(p)) {
                    search.add(p);
                }
            }
            if (search.fits(victim)) {
                search.add(victim);
            }
            if (search.size > bestSize) {
                bestSize = search.size;
                best = search.in.clone();
                stale = 0;
            } else if (++stale == STALE_LIMIT) {
                break;
            }
        }
        return best;
    }

    /** Arc under construction; {@code blocked[p]} counts the full lines through p, so "fits" is one lookup. */
    private static final class Search {
        final int[][] lines;
        final int[][] through;
        final int r;
        final int[] load;
        final int[] blocked;
        final boolean[] in;
        int size;

        Search(int points, int[][] lines, int r) {
            this.lines = lines;
            this.through = linesThrough(points, lines);
            this.r = r;
            this.load = new int[lines.length];
            this.blocked = new int[points];
            this.in = new boolean[points];
        }

        boolean fits(int p) {
            return blocked[p] == 0;
        }

        void add(int p) {
            in[p] = true;
            size++;
            for (int l : through[p]) {
                if (++load[l] == r) {
                    for (int x : lines[l]) {
                        blocked[x]++;
                    }
                }
            }
        }

        void remove(int p) {
            in[p] = false;
            size--;
            for (int l : through[p]) {
                if (load[l]-- == r) {
                    for (int x : lines[l]) {
                        blocked[x]--;
                    }
                }
            }
        }
    }

    static int[][] linesThrough(int points, int[][] lines) {
        int[] degree = new int[points];
        for (int[] line : lines) {
            for (int p : line) {
                degree[p]++;
            }
        }
        int[][] through = new int[points][];
        for (int p = 0; p < points; p++) {
            through[p] = new int[degree[p]];
            degree[p] = 0;
        }
        for (int l = 0; l < lines.length; l++) {
            for (int p : lines[l]) {
                through[p][degree[p]++] = l;
            }
        }
        return through;
    }

    private static int nthMember(boolean[] in, int n) {
        for (int p = 0; p < in.length; p++) {
            if (in[p] && n-- == 0) {
                return p;
            }
        }
        throw new IllegalStateException();
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
