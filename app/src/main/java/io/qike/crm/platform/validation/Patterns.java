package io.qike.crm.platform.validation;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The formats every module checks the same way. The unified social credit code has its own rules
 * (a check character), in {@code dedup.CreditCodes}.
 */
public final class Patterns {
    /** A phone or mobile number as people write it: digits, spaces and dashes, an optional leading +. */
    public static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{4,19}$");
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** A mainland mobile number (11 digits starting with 1), as a user's login contact. */
    public static final Pattern MAINLAND_MOBILE = Pattern.compile("1\\d{10}");
    /** A login name: letters, digits and {@code . _ @ -}. */
    public static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._@-]+");

    private Patterns() {
    }

    /** An absolute http(s) URL with a host. */
    public static boolean isHttpUrl(String s) {
        try {
            URI uri = URI.create(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A website as typed ("example.com" or with its scheme), with https:// added when missing; null if it is not one. */
    public static String website(String s) {
        String withScheme = s.matches("(?i)^https?://.*") ? s : "https://" + s;
        try {
            URI uri = URI.create(withScheme);
            if (uri.getHost() != null && uri.getHost().contains(".")) return withScheme;
        } catch (IllegalArgumentException ignored) {
            // not a URL
        }
        return null;
    }
}
