package io.qike.crm.intel.provider;

import java.math.BigDecimal;

/** 企查查 sends every value as a string ("125.47", "48.51", ""); these read them. */
public final class Values {
    private Values() {
    }

    /** Trimmed text; null for null or blank. */
    public static String text(Object v) {
        if (v == null) return null;
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** A decimal ("1,234.5", "48.51%"); null when absent or not a number. */
    public static BigDecimal decimal(Object v) {
        if (v instanceof BigDecimal b) return b;
        String s = text(v);
        if (s == null) return null;
        try {
            return new BigDecimal(s.replace(",", "").replace("%", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
