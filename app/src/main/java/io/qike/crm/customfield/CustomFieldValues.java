package io.qike.crm.customfield;

import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Patterns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses and checks one custom field value, whether it came from a form (text) or from JSON. */
final class CustomFieldValues {

    private CustomFieldValues() {
    }

    static boolean isEmpty(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof Collection<?> c && c.isEmpty());
    }

    /** The stored form of the value, or a problem. */
    static Object parse(CustomFieldDefinition def, Object raw, Checks problems) {
        String field = def.fieldName();
        try {
            return switch (def.type()) {
                case TEXT -> text(raw, 200, field, problems);
                case LONG_TEXT -> text(raw, 5000, field, problems);
                case NUMBER -> new BigDecimal(raw.toString().trim());
                case MONEY -> new BigDecimal(raw.toString().trim().replace(",", "")).setScale(2, RoundingMode.HALF_UP);
                case DATE -> LocalDate.parse(raw.toString().trim()).toString();
                case DATETIME -> LocalDateTime.parse(raw.toString().trim()).toString();
                case BOOLEAN -> bool(raw).orElseGet(() -> { problems.add(field, "boolean"); return null; });
                case PHONE -> matching(raw, Patterns.PHONE, "phone", field, problems);
                case EMAIL -> matching(raw, Patterns.EMAIL, "email", field, problems);
                case URL -> url(raw, field, problems);
                case SINGLE_SELECT -> option(def, raw.toString().trim(), problems);
                case MULTI_SELECT -> options(def, raw, problems);
            };
        } catch (NumberFormatException e) {
            problems.add(field, "number");
        } catch (DateTimeParseException e) {
            problems.add(field, def.type() == FieldType.DATE ? "date" : "datetime");
        }
        return null;
    }

    private static String text(Object raw, int max, String field, Checks problems) {
        String s = raw.toString().trim();
        if (s.length() > max) { problems.add(field, "too_long", max); return null; }
        return s;
    }

    private static Optional<Boolean> bool(Object raw) {
        if (raw instanceof Boolean b) return Optional.of(b);
        return switch (raw.toString().trim().toLowerCase()) {
            case "true", "on", "yes", "1", "是" -> Optional.of(true);
            case "false", "off", "no", "0", "否" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String matching(Object raw, Pattern pattern, String code, String field, Checks problems) {
        String s = raw.toString().trim();
        if (!pattern.matcher(s).matches()) { problems.add(field, code); return null; }
        return s;
    }

    private static String url(Object raw, String field, Checks problems) {
        String s = raw.toString().trim();
        if (Patterns.isHttpUrl(s)) return s;
        problems.add(field, "url");
        return null;
    }

    private static String option(CustomFieldDefinition def, String value, Checks problems) {
        if (def.options().contains(value)) return value;
        problems.add(def.fieldName(), "invalid_option");
        return null;
    }

    private static List<String> options(CustomFieldDefinition def, Object raw, Checks problems) {
        List<String> values = new ArrayList<>();
        if (raw instanceof Collection<?> c) c.forEach(v -> values.add(v.toString().trim()));
        else for (String v : raw.toString().split(",")) if (!v.isBlank()) values.add(v.trim());
        for (String v : values) {
            if (!def.options().contains(v)) { problems.add(def.fieldName(), "invalid_option"); return null; }
        }
        return values.stream().distinct().toList();
    }
}
