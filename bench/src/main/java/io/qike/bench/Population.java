package io.qike.bench;

/**
 * Who gets which generated customer: the tenant and the owner of serial {@code i}. The tenant
 * comes from a low-discrepancy sequence, so the shares are almost exact at any scale and tenants'
 * rows interleave in id order as they would in real use; the owner from a hash of the serial.
 */
record Population(long customers, int tenants, double bigShare, int usersPerTenant) {
    static final int ADMIN = 0;
    static final int MANAGERS = 4;
    private static final double PHI = 0.6180339887498949;

    Population {
        if (tenants < 1 || usersPerTenant < MANAGERS + 2) throw new IllegalArgumentException("too few tenants or users");
    }

    int tenantOf(long serial) {
        if (tenants == 1) return 0;
        double u = frac(serial * PHI);
        if (u < bigShare) return 0;
        return 1 + Math.min(tenants - 2, (int) ((u - bigShare) / (1 - bigShare) * (tenants - 1)));
    }

    /** User index within the tenant: 0 the admin (2 %), 1..4 the managers (8 %), the rest sales reps. */
    int ownerOf(long serial) {
        double u = (mix(serial) >>> 11) * 0x1.0p-53;
        if (u < 0.02) return ADMIN;
        if (u < 0.10) return 1 + (int) ((u - 0.02) / 0.08 * MANAGERS);
        int reps = usersPerTenant - 1 - MANAGERS;
        return 1 + MANAGERS + Math.min(reps - 1, (int) ((u - 0.10) / 0.90 * reps));
    }

    /** The first sales rep of a tenant: the SELF-scoped user of the search benchmark. */
    /**
     * Whether user {@code user} is in the first manager's team: the manager (user 1) and the sales reps of
     * department 0 (the bench's loader puts rep {@code u} in department {@code u % MANAGERS}).
     */
    boolean inFirstManagersTeam(int user) {
        return user == 1 || (user > MANAGERS && user % MANAGERS == 0);
    }

    int firstRep() {
        return 1 + MANAGERS;
    }

    static String login(int tenant, int user) {
        String t = "bench" + (tenant + 1);
        if (user == ADMIN) return t + "-admin";
        if (user <= MANAGERS) return t + "-mgr" + user;
        return String.format("%s-sales%02d", t, user - MANAGERS);
    }

    /** SplitMix64's finaliser: an owner pick unrelated to the tenant pick. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }
}
