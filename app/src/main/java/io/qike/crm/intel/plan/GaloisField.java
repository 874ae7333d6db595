package io.qike.crm.intel.plan;

/**
 * The finite field GF(q) for a prime power q, the coordinate field of the planes and transversal designs.
 * Elements are 0..q-1; for q = p^e an element is the base-p number of its polynomial coefficients.
 * Prime fields use plain modular arithmetic; proper prime powers (only small ones are needed) use
 * tables built from the first primitive polynomial found, so the field is the same on every run.
 */
final class GaloisField {

    /** Proper prime powers above this are not needed by any construction and would only cost table memory. */
    static final int MAX_TABLED_ORDER = 128;

    final int q;
    final int p;
    private final int[] exp;
    private final int[] log;
    private final int[][] sum;

    private GaloisField(int q, int p, int[] exp, int[] log, int[][] sum) {
        this.q = q;
        this.p = p;
        this.exp = exp;
        this.log = log;
        this.sum = sum;
    }

    /** Returns the characteristic p if q = p^e (e ≥ 1), else 0. */
    static int characteristic(int q) {
        if (q < 2) {
            return 0;
        }
        int p = 2;
        while (q % p != 0) {
            p++;
        }
        int rest = q;
        while (rest % p == 0) {
            rest /= p;
        }
        return rest == 1 ? p : 0;
    }

    static boolean isPrimePower(int q) {
        int p = characteristic(q);
        return p != 0 && (p == q || q <= MAX_TABLED_ORDER);
    }

    static GaloisField of(int q) {
        int p = characteristic(q);
        if (p == 0) {
            throw new IllegalArgumentException(q + " is not a prime power");
        }
        if (p == q) {
            return new GaloisField(q, p, null, null, null);
        }
        if (q > MAX_TABLED_ORDER) {
            throw new IllegalArgumentException("GF(" + q + ") is larger than needed");
        }
        int e = 0;
        for (int t = q; t > 1; t /= p) {
            e++;
        }
        int[][] sum = new int[q][q];
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                sum[a][b] = digitwiseSum(a, b, p);
            }
        }
        int[] exp = primitivePowers(q, p, e);
        int[] log = new int[q];
        for (int i = 0; i < q - 1; i++) {
            log[exp[i]] = i;
        }
        return new GaloisField(q, p, exp, log, sum);
    }

    int add(int a, int b) {
        return sum == null ? (a + b) % q : sum[a][b];
    }

    int mul(int a, int b) {
        if (exp == null) {
            return (int) ((long) a * b % q);
        }
        if (a == 0 || b == 0) {
            return 0;
        }
        return exp[(log[a] + log[b]) % (q - 1)];
    }

    private static int digitwiseSum(int a, int b, int p) {
        int result = 0;
        for (int place = 1; a > 0 || b > 0; place *= p, a /= p, b /= p) {
            result += ((a % p + b % p) % p) * place;
        }
        return result;
    }

    /**
     * Powers x^0..x^(q-2) of x modulo the first monic polynomial of degree e (coefficients counted upwards)
     * for which x has order q-1, i.e. a primitive polynomial.
     */
    private static int[] primitivePowers(int q, int p, int e) {
        for (int low = 1; low < q; low++) {
            int[] c = digits(low, p, e);
            if (c[0] == 0) {
                continue;
            }
            int[] powers = new int[q - 1];
            int[] x = new int[e];
            x[0] = 1;
            boolean primitive = true;
            for (int i = 0; i < q - 1; i++) {
                int value = value(x, p);
                if (i > 0 && value == 1) {
                    primitive = false;
                    break;
                }
                powers[i] = value;
                x = timesX(x, c, p);
            }
            if (primitive && value(x, p) == 1) {
                return powers;
            }
        }
        throw new IllegalStateException("no primitive polynomial for GF(" + q + ")");
    }

    /** Multiplies by x modulo x^e + c[e-1]x^(e-1) + ... + c[0]. */
    private static int[] timesX(int[] v, int[] c, int p) {
        int e = v.length;
        int top = v[e - 1];
        int[] r = new int[e];
        for (int i = e - 1; i > 0; i--) {
            r[i] = v[i - 1];
        }
        for (int i = 0; i < e; i++) {
            r[i] = ((r[i] - top * c[i]) % p + p) % p;
        }
        return r;
    }

    private static int[] digits(int value, int p, int e) {
        int[] d = new int[e];
        for (int i = 0; i < e; i++, value /= p) {
            d[i] = value % p;
        }
        return d;
    }

    private static int value(int[] digits, int p) {
        int v = 0;
        for (int i = digits.length - 1; i >= 0; i--) {
            v = v * p + digits[i];
        }
        return v;
    }
}
