package io.qike.crm.intel.plan;

/** How a covering of n companies is made; {@link CostTable} prices each, {@link CoveringPlanner} builds the cheapest. */
sealed interface Recipe {

    /** n ≤ 20: one call (none for n ≤ 1). */
    record Single() implements Recipe {
    }

    /** The naive plan: groups of 10, one call per pair of groups, C(⌈n/10⌉, 2) calls. */
    record Naive() implements Recipe {
    }

    /** A stored few-call covering, see {@link SmallCoverings}. */
    record Table(SmallCoverings.Entry entry) implements Recipe {
    }

    /** An inflated plane (with an arc when needed), see {@link Planes}. */
    record Plane(Planes.Plane plane) implements Recipe {
    }

    /**
     * PG(2,q) with weight {@code affine} on the q² affine points and {@code infinite} on the q+1 points at infinity:
     * the q²+q affine lines name q·affine + infinite ≤ 20 companies; the line at infinity, (q+1)·infinite
     * companies, is covered recursively. E.g. PG(2,5) with 3 and 5: 75 + 30 = 105 companies in 30 + 3 calls.
     */
    record HeavyLine(int q, int affine, int infinite) implements Recipe {
    }

    /**
     * A transversal design TD(k,q) inflated by m = ⌊20/k⌋ (k groups of up to q·m companies; q² calls join different
     * groups) with each group covered recursively: about n²/400 + n²/(380k) calls.
     */
    record Transversal(int k, int q) implements Recipe {
    }

    /**
     * Cover n−e companies, then add e new ones to calls with the old ones 20−e at a time:
     * C(n) ≤ C(n−e) + ⌈(n−e)/(20−e)⌉.
     */
    record Adjoin(int e) implements Recipe {
    }
}
