package io.qike.crm.platform.validation;

/** Text clean-up shared by every module: a blank value is no value, and kept values are trimmed. */
public final class Text {
    private Text() {
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static boolean hasText(String s) {
        return !isBlank(s);
    }

    /** The trimmed text, or null when it is null or blank. */
    public static String trimToNull(String s) {
        return isBlank(s) ? null : s.trim();
    }

    /** The trimmed text, or "" when it is null or blank. */
    public static String trimToEmpty(String s) {
        return isBlank(s) ? "" : s.trim();
    }
}
