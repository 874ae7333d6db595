package io.qike.crm.customfield;

import io.qike.crm.platform.FieldProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
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
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{4,19}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private CustomFieldValues() {
    }

    static boolean isEmpty(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof Collection<?> c && c.isEmpty());
    }

    /** The stored form of the value, or a problem. */
    static Object parse(CustomFieldDefinition def, Object raw, List<FieldProblem> problems) {
        String field = def.fieldName();
        try {
            return switch (def.type()) {
                case TEXT -> text(raw, 200, field, problems);
                case LONG_TEXT -> text(raw, 5000, field, problems);
                case NUMBER -> new BigDecimal(raw.toString().trim());
                case MONEY -> new BigDecimal(raw.toString().trim().replace(",", "")).setScale(2, RoundingMode.HALF_UP);
                case DATE -> LocalDate.parse(raw.toString().trim()).toString();
                case DATETIME -> LocalDateTime.parse(raw.toString().trim()).toString();
                case BOOLEAN -> bool(raw).orElseGet(() -> { problems.add(FieldProblem.of(field, "boolean")); return null; });
                case PHONE -> matching(raw, PHONE, "phone", field, problems);
                case EMAIL -> matching(raw, EMAIL, "email", field, problems);
                case URL -> url(raw, field, problems);
                case SINGLE_SELECT -> option(def, raw.toString().trim(), problems);
                case MULTI_SELECT -> options(def, raw, problems);
            };
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "number"));
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, def.type() == FieldType.DATE ? "date" : "datetime"));
        }
        return null;
    }

    private static String text(Object raw, int max, String field, List<FieldProblem> problems) {
        String s = raw.toString().trim();
        if (s.length() > max) { problems.add(FieldProblem.of(field, "too_long", max)); return null; }
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

    private static String matching(Object raw, Pattern pattern, String code, String field, List<FieldProblem> problems) {
        String s = raw.toString().trim();
        if (!pattern.matcher(s).matches()) { problems.add(FieldProblem.of(field, code)); return null; }
        return s;
    }

    private static String url(Object raw, String field, List<FieldProblem> problems) {
        String s = raw.toString().trim();
        try {
            URI uri = URI.create(s);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) return s;
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        problems.add(FieldProblem.of(field, "url"));
        return null;
    }

    private static String option(CustomFieldDefinition def, String value, List<FieldProblem> problems) {
        if (def.options().contains(value)) return value;
        problems.add(FieldProblem.of(def.fieldName(), "invalid_option"));
        return null;
    }

    private static List<String> options(CustomFieldDefinition def, Object raw, List<FieldProblem> problems) {
        List<String> values = new ArrayList<>();
        if (raw instanceof Collection<?> c) c.forEach(v -> values.add(v.toString().trim()));
        else for (String v : raw.toString().split(",")) if (!v.isBlank()) values.add(v.trim());
        for (String v : values) {
            if (!def.options().contains(v)) { problems.add(FieldProblem.of(def.fieldName(), "invalid_option")); return null; }
        }
        return values.stream().distinct().toList();
    }
}
