package io.qike.bench;

/**
 * Unified social credit codes (GB 32100-2015) for generated companies. Written here on its own,
 * not borrowed from the app, so that the app's validator is checked against an independent copy.
 */
final class CreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final long SPACE = pow(31, 9);
    // Not a multiple of 31, so serial -> body is a bijection modulo 31^9 (distinct serials never
    // collide) while neighbouring serials still look unrelated. serial * SCRAMBLE fits in a long
    // for serials below 10^9.
    private static final long SCRAMBLE = 7_919_000_011L;

    private CreditCode() {
    }

    /** A valid code whose 9-character organisation part is unique per serial number. */
    static String of(char authority, char type, String division, long serial) {
        StringBuilder sb = new StringBuilder(18).append(authority).append(type).append(division);
        if (serial < 0 || serial >= 1_000_000_000L) throw new IllegalArgumentException("serial out of range: " + serial);
        long body = (serial * SCRAMBLE + 12_345_678L) % SPACE;
        char[] org = new char[9];
        for (int i = 8; i >= 0; i--) {
            org[i] = ALPHABET.charAt((int) (body % 31));
            body /= 31;
        }
        sb.append(org);
        return sb.append(check(sb)).toString();
    }

    static char check(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    static boolean isValid(String code) {
        if (code == null || code.length() != 18) return false;
        for (int i = 0; i < 18; i++) if (ALPHABET.indexOf(code.charAt(i)) < 0) return false;
        return code.charAt(17) == check(code);
    }

    private static long pow(long b, int e) {
        long r = 1;
        for (int i = 0; i < e; i++) r *= b;
        return r;
    }
}
