package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Base designs over "super-points" 0..v-1, each given as its lines (blocks). Every two super-points lie
 * together on at least one line, so inflating the super-points into groups of companies keeps that property.
 */
final class Designs {

    private Designs() {
    }

    /**
     * The projective plane PG(2,q): q²+q+1 points and as many lines of q+1 points, every two points on exactly
     * one line. Points are the normalised homogeneous triples (x,y,1) → x·q+y, then (x,1,0) → q²+x and
     * (1,0,0) → q²+q, so the affine points come first and the last line listed is the line at infinity z = 0.
     */
    static int[][] projectivePlane(GaloisField f) {
        int q = f.q;
        int v = q * q + q + 1;
        int[][] triples = new int[v][];
        for (int x = 0; x < q; x++) {
            for (int y = 0; y < q; y++) {
                triples[x * q + y] = new int[] {x, y, 1};
            }
        }
        for (int x = 0; x < q; x++) {
            triples[q * q + x] = new int[] {x, 1, 0};
        }
        triples[q * q + q] = new int[] {1, 0, 0};
        int[][] lines = new int[v][];
        int index = 0;
        // Lines use the same normalised triples as coordinates; [0,0,1] (the line at infinity) is put last.
        for (int l = 0; l < v; l++) {
            int[] line = triples[l];
            boolean atInfinity = line[0] == 0 && line[1] == 0;
            int[] points = new int[q + 1];
            int count = 0;
            for (int pt = 0; pt < v; pt++) {
                int[] t = triples[pt];
                int dot = f.add(f.add(f.mul(line[0], t[0]), f.mul(line[1], t[1])), f.mul(line[2], t[2]));
                if (dot == 0) {
                    points[count++] = pt;
                }
            }
            if (count != q + 1) {
                throw new IllegalStateException("PG(2," + q + ") line with " + count + " points");
            }
            if (!atInfinity) {
                lines[index++] = points;
            } else {
                lines[v - 1] = points;
            }
        }
        return lines;
    }

    /** The affine plane AG(2,q): PG(2,q) without its line at infinity; q² points, q²+q lines of q points. */
    static int[][] affinePlane(GaloisField f) {
        int q = f.q;
        int[][] projective = projectivePlane(f);
        int[][] lines = new int[q * q + q][];
        for (int l = 0; l < lines.length; l++) {
            int[] line = new int[q];
            int count = 0;
            for (int pt : projective[l]) {
                if (pt < q * q) {
                    line[count++] = pt;
                }
            }
            lines[l] = line;
        }
        return lines;
    }

    /**
     * A transversal design TD(k,q), k ≤ q, plus its groups: super-point (i,y) → i·q+y for the i-th field element
     * x_i and y in GF(q). The q² blocks {(i, a·x_i+b)} meet every group once and join every two points of
     * different groups exactly once (they are affine lines restricted to k parallel "columns"); the k group
     * lines {(i,y) : y} come last and join points of the same group.
     */
    static int[][] transversalDesignWithGroups(GaloisField f, int k) {
        int q = f.q;
        if (k > q) {
            throw new IllegalArgumentException("TD(" + k + "," + q + ") needs k ≤ q");
        }
        List<int[]> lines = new ArrayList<>(q * q + k);
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                int[] block = new int[k];
                for (int i = 0; i < k; i++) {
                    block[i] = i * q + f.add(f.mul(a, i), b);
                }
                lines.add(block);
            }
        }
        for (int i = 0; i < k; i++) {
            int[] group = new int[q];
            for (int y = 0; y < q; y++) {
                group[y] = i * q + y;
            }
            lines.add(group);
        }
        return lines.toArray(new int[0][]);
    }
}
