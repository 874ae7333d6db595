package io.qike.sandbox.data;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) and the organisation codes they embed
 * (组织机构代码, GB 11714-1997). Self-contained on purpose: the sandbox must not depend on the
 * product's own validator, otherwise a bug there would be mirrored here and go unnoticed.
 *
 * <p>Layout: 1 registration-authority char, 1 type char, 6-digit region code, 9-char organisation
 * code (8 body chars + GB 11714 check char), 1 GB 32100 check char.
 */
public final class CreditCodes {

    /** The 31 characters GB 32100 allows, in value order (no I, O, S, V, Z). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {
    }

    /**
     * True when {@code code} has 18 characters of the GB 32100 alphabet (upper case only) and its
     * last character is the check character of the first 17. The embedded organisation code is not
     * checked here, because real codes of some registration authorities do not follow GB 11714;
     * see {@link #hasValidOrganizationCode(String)}.
     */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkChar(code.substring(0, 17)) == code.charAt(17);
    }

    /** GB 32100 check character for the first 17 characters of a credit code. */
    public static char checkChar(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new IllegalArgumentException("need exactly 17 characters: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character not allowed in a credit code: " + first17.charAt(i));
            }
            sum += value * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** True when characters 9-17 of a valid credit code form a GB 11714 organisation code. */
    public static boolean hasValidOrganizationCode(String creditCode) {
        return isValid(creditCode) && isValidOrganizationCode(creditCode.substring(8, 17));
    }

    /** True for a 9-character organisation code (8 body chars + check char), without hyphen. */
    public static boolean isValidOrganizationCode(String orgCode) {
        if (orgCode == null || orgCode.length() != 9) {
            return false;
        }
        try {
            return organizationCheckChar(orgCode.substring(0, 8)) == orgCode.charAt(8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** GB 11714 check character (0-9 or X) of an 8-character organisation code body. */
    public static char organizationCheckChar(String body8) {
        if (body8 == null || body8.length() != 8) {
            throw new IllegalArgumentException("need exactly 8 characters: " + body8);
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10; // GB 11714 values letters A=10 .. Z=35, unlike GB 32100
            } else {
                throw new IllegalArgumentException("character not allowed in an organisation code: " + c);
            }
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** Builds a full credit code from its parts, adding both check characters. */
    public static String build(char authority, char type, String regionCode, String orgBody8) {
        String org = orgBody8 + organizationCheckChar(orgBody8);
        String first17 = "" + authority + type + regionCode + org;
        return first17 + checkChar(first17);
    }
}
