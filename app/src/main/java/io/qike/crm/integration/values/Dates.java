package io.qike.crm.integration.values;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates providers send and gives yyyy-MM-dd: "2012-07-10", "2012-07-10T00:00:00",
 * "2001-06-05 00:00:00.0", "2012/7/10", "2012年7月10日", "20120710" and epoch milliseconds (as number
 * or digits; midnight Asia/Shanghai for 天眼查). Null when the value is not a date.
 *
 * <p>In the module's named interface "values", so that modules mapping flow outputs
 * (工商信息 field mapping) read dates and money exactly as flows do.
 */
public final class Dates {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern YMD = Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern MILLIS = Pattern.compile("^-?\\d{10,13}$");

    private Dates() {
    }

    public static LocalDate parse(Object value) {
        if (value == null) return null;
        if (value instanceof LocalDate d) return d;
        if (value instanceof Number n) return fromMillis(new BigDecimal(n.toString()).longValue());
        String s = value.toString().trim();
        if (s.isEmpty()) return null;
        Matcher m = YMD.matcher(s);
        if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(s);
        if (m.matches()) return of(m.group(1), m.group(2), m.group(3));
        if (MILLIS.matcher(s).matches()) return fromMillis(Long.parseLong(s));
        return null;
    }

    /** yyyy-MM-dd, or null when the value is not a date. */
    public static String format(Object value) {
        LocalDate d = parse(value);
        return d == null ? null : d.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static LocalDate fromMillis(long ms) {
        // Ten digits are seconds; providers in scope send milliseconds, but a seconds value must not become 1970.
        long millis = Math.abs(ms) < 100_000_000_000L ? ms * 1000 : ms;
        return Instant.ofEpochMilli(millis).atZone(CHINA).toLocalDate();
    }

    private static LocalDate of(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
