package io.qike.crm.importexport;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a cell as FastExcel reads it (text, number, date or boolean) into the text the validators
 * expect. Numbers lose Excel's float noise and exponent, dates typed as 2024/3/5 or 2024年3月5日
 * become ISO dates, so a file that looks right in Excel imports right.
 */
final class CellText {
    private static final Pattern LOOSE_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private CellText() {
    }

    static String of(Object cell, Column column) {
        if (cell == null) return null;
        String text;
        if (cell instanceof BigDecimal n) {
            text = n.stripTrailingZeros().toPlainString();
        } else if (cell instanceof LocalDateTime t) {
            boolean dateOnly = t.toLocalTime().equals(LocalTime.MIDNIGHT) && !column.isDateTime();
            text = dateOnly ? t.toLocalDate().toString() : t.withNano(0).toString();
        } else {
            text = cell.toString().trim();
        }
        if (text.isEmpty()) return null;
        if (column.isDate()) {
            Matcher m = LOOSE_DATE.matcher(text);
            if (m.matches()) {
                text = "%s-%02d-%02d".formatted(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        }
        return text;
    }
}
