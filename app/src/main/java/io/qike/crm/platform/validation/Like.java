package io.qike.crm.platform.validation;

/**
 * Search keywords for SQL {@code like}/{@code ilike}: the wildcards and the escape character itself
 * are escaped, so that "100%" or "a\b" is searched for as typed (PostgreSQL's default escape is {@code \}).
 */
public final class Like {
    private Like() {
    }

    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching text that contains {@code s} (trimmed). */
    public static String contains(String s) {
        return "%" + escape(s.trim()) + "%";
    }
}
