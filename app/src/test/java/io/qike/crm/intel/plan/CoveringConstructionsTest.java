package io.qike.crm.intel.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The building blocks, checked against their definitions. */
class CoveringConstructionsTest {

    @Test
    void galoisFieldsAreFields() {
        for (int q : new int[] {2, 3, 4, 7, 8, 9, 16, 25, 27, 32, 49, 64, 81}) {
            GaloisField f = GaloisField.of(q);
            for (int a = 0; a < q; a++) {
                assertThat(f.add(a, 0)).isEqualTo(a);
                assertThat(f.mul(a, 1)).isEqualTo(a);
                boolean hasNegative = false;
                boolean hasInverse = a == 0;
                for (int b = 0; b < q; b++) {
                    hasNegative |= f.add(a, b) == 0;
                    hasInverse |= f.mul(a, b) == 1;
                    for (int c = 0; c < q; c += Math.max(1, q / 8)) {
                        assertThat(f.mul(a, f.add(b, c))).isEqualTo(f.add(f.mul(a, b), f.mul(a, c)));
                        assertThat(f.mul(f.mul(a, b), c)).isEqualTo(f.mul(a, f.mul(b, c)));
                    }
                }
                assertThat(hasNegative && hasInverse).as("GF(%d), %d", q, a).isTrue();
            }
        }
        assertThat(GaloisField.isPrimePower(6)).isFalse();
        assertThat(GaloisField.isPrimePower(101)).isTrue();
    }

    @Test
    void planesJoinEveryTwoPointsExactlyOnce() {
        for (Planes.Plane plane : Planes.ALL) {
            int[][] lines = plane.lines();
            int[][] together = new int[plane.points][plane.points];
            for (int[] line : lines) {
                assertThat(line).hasSize(plane.lineSize);
                for (int a : line) {
                    for (int b : line) {
                        together[a][b]++;
                    }
                }
            }
            for (int a = 0; a < plane.points; a++) {
                for (int b = a + 1; b < plane.points; b++) {
                    assertThat(together[a][b]).as("%s: %d,%d", plane.name, a, b).isEqualTo(1);
                }
            }
            assertThat(lines.length).isEqualTo(plane.calls());
        }
    }

    @Test
    void transversalDesignJoinsPointsOfDifferentGroupsOnce() {
        int k = 5;
        int q = 7;
        int[][] lines = Designs.transversalDesignWithGroups(GaloisField.of(q), k);
        int[][] together = new int[k * q][k * q];
        for (int l = 0; l < q * q; l++) {
            assertThat(lines[l]).hasSize(k);
            for (int a : lines[l]) {
                for (int b : lines[l]) {
                    together[a][b]++;
                }
            }
        }
        for (int a = 0; a < k * q; a++) {
            for (int b = 0; b < k * q; b++) {
                assertThat(together[a][b]).isEqualTo(a / q == b / q ? (a == b ? q : 0) : 1);
            }
        }
    }

    @Test
    void arcsFitIntoEveryLineAndMatchTheStoredSizes() {
        for (Planes.Plane plane : Planes.ALL) {
            // maxWeights() itself fails if the search no longer finds the stored arc size used for pricing.
            int[] w = plane.maxWeights();
            for (int[] line : plane.lines()) {
                int total = 0;
                for (int p : line) {
                    total += w[p];
                }
                assertThat(total).as(plane.name).isLessThanOrEqualTo(20);
            }
            assertThat(java.util.Arrays.stream(w).sum()).as(plane.name).isEqualTo(plane.capacity());
        }
        // PG(2,7)×2 with a (22,4)-arc: 136 companies in 57 calls, which n = 128..136 rely on.
        assertThat(Planes.projective(7).capacity()).isEqualTo(136);
        assertThat(Planes.projective(2).capacity()).isEqualTo(46);
    }

    @Test
    void storedSmallCoveringsAreValidAndFull() {
        for (SmallCoverings.Entry entry : SmallCoverings.ENTRIES) {
            Covering c = SmallCoverings.build(entry, entry.capacity());
            assertThat(c.isValid()).as("%d calls", entry.calls()).isTrue();
            assertThat(c.size()).isEqualTo(entry.calls());
            assertThat(Bounds.schoenheim(entry.capacity())).isLessThanOrEqualTo(entry.calls());
        }
    }

    @Test
    void compactionKeepsCoverageAndMergesSmallCalls() {
        var blocks = java.util.List.of(new int[] {0, 1, 2}, new int[] {3, 4}, new int[] {0, 1}, new int[] {5});
        var out = Compaction.compact(6, blocks);
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void boundsMatchTheirFormulas() {
        assertThat(Bounds.schoenheim(21)).isEqualTo(3);
        assertThat(Bounds.schoenheim(84)).isEqualTo(21);
        assertThat(Bounds.schoenheim(400)).isEqualTo(420);
        assertThat(Bounds.naive(400)).isEqualTo(780);
        assertThat(Bounds.naive(20)).isEqualTo(1);
        assertThat(Bounds.naive(1)).isZero();
    }
}
