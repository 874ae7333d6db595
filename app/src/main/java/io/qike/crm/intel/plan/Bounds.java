package io.qike.crm.intel.plan;

/** Reference numbers of calls for n companies and calls of at most 20 names. */
public final class Bounds {

    private Bounds() {
    }

    /**
     * Schönheim's lower bound L(n) = ⌈(n/20)·⌈(n−1)/19⌉⌉: each company must meet the n−1 others, at most 19 per
     * call, so it is in ⌈(n−1)/19⌉ calls, and a call holds 20 companies. 0 when there is no pair (n ≤ 1).
     */
    public static int schoenheim(int n) {
        if (n <= 1) {
            return 0;
        }
        long perCompany = (n - 1 + 18) / 19;
        return (int) ((n * perCompany + 19) / 20);
    }

    /** The naive plan: groups of 10 and one call for every pair of groups, C(⌈n/10⌉, 2) (one call for n ≤ 20). */
    public static int naive(int n) {
        if (n <= 1) {
            return 0;
        }
        if (n <= 20) {
            return 1;
        }
        long groups = (n + 9) / 10;
        return (int) (groups * (groups - 1) / 2);
    }
}
