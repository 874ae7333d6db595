package io.qike.crm.dedup;

/**
 * The unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from
 * 0-9 and A-Z without I, O, Z, S, V; the last is a check character over the first 17.
 */
public final class CreditCodes {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** Upper case, half-width, no spaces; null for blank input. */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) return null;
        return CompanyNames.halfWidth(code).replaceAll("\\s+", "").toUpperCase();
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) return false;
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) return false;
        }
        return code.charAt(17) == checkChar(code.substring(0, 17));
    }

    /** The check character for the first 17 characters. */
    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
