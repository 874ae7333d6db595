package io.qike.sandbox.control;

/** Parsing helpers shared by the simulators' parameter checks. */
public final class Params {

    private Params() {
    }

    /** Null and whitespace-only values count as missing, as every provider treats them. */
    public static boolean missing(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The integer value of an optional parameter: {@code fallback} when absent, null when it is not a
     * plain decimal integer within [min, max] (callers answer with their "bad parameter" code).
     */
    public static Integer intInRange(String raw, int fallback, int min, int max) {
        if (raw == null) {
            return fallback;
        }
        if (raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int value = Integer.parseInt(raw);
        return value < min || value > max ? null : value;
    }

    /** Length in characters as a person counts them (code points), after trimming. */
    public static int length(String value) {
        String s = value.strip();
        return s.codePointCount(0, s.length());
    }
}
