package io.qike.crm.integration.flow;

import io.qike.crm.integration.call.Placeholders;
import io.qike.crm.integration.values.Dates;
import io.qike.crm.integration.values.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small expression language of action flows: text with {@code ${path|filter|filter:arg}}
 * placeholders. A path names a variable and may go into objects and lists ({@code call1.items.0.name}).
 * Filters: {@code default:text}, {@code date} (→ yyyy-MM-dd), {@code money} (→ {amount, currency, unit}),
 * {@code amount}, {@code currency}, {@code number}, {@code trim}, {@code upper}, {@code lower},
 * {@code first}, {@code size}, {@code join:sep}. Text around placeholders concatenates; an expression
 * that is exactly one placeholder keeps the value's type (a list stays a list).
 */
public final class Expressions {
    public static final Set<String> FILTERS = Set.of("default", "date", "money", "amount", "currency", "number", "trim",
            "upper", "lower", "first", "size", "join");

    private Expressions() {
    }

    public static Object evaluate(String expression, Map<String, Object> scope) {
        if (expression == null || expression.isBlank()) return null;
        String single = Placeholders.single(expression);
        if (single != null) return placeholder(single, scope);
        return Placeholders.render(expression, inner -> text(placeholder(inner, scope)));
    }

    /** Problems of an expression: unknown filters and variables whose first name is not in {@code known}. */
    public static List<String> problems(String expression, Set<String> known) {
        List<String> problems = new ArrayList<>();
        for (String inner : Placeholders.of(expression)) {
            String[] parts = inner.split("\\|");
            String root = parts[0].trim().split("\\.")[0];
            if (root.isEmpty() || !known.contains(root)) problems.add("unknown_variable:" + parts[0].trim());
            for (int i = 1; i < parts.length; i++) {
                String name = parts[i].trim().split(":", 2)[0].trim();
                if (!FILTERS.contains(name)) problems.add("unknown_filter:" + name);
            }
        }
        return problems;
    }

    static Object placeholder(String inner, Map<String, Object> scope) {
        String[] parts = inner.split("\\|");
        Object v = lookup(parts[0].trim(), scope);
        for (int i = 1; i < parts.length; i++) {
            String[] f = parts[i].split(":", 2);
            v = filter(f[0].trim(), f.length > 1 ? f[1] : null, v);
        }
        return v;
    }

    public static Object lookup(String path, Map<String, Object> scope) {
        Object v = scope;
        for (String seg : path.split("\\.")) {
            if (v instanceof Map<?, ?> m) v = m.get(seg);
            else if (v instanceof List<?> l && seg.matches("\\d+")) v = Integer.parseInt(seg) < l.size() ? l.get(Integer.parseInt(seg)) : null;
            else return null;
        }
        return v;
    }

    private static Object filter(String name, String arg, Object v) {
        return switch (name) {
            case "default" -> isEmpty(v) ? arg : v;
            case "date" -> Dates.format(v);
            case "money" -> { Money.Amount a = Money.parse(v); yield a == null ? null : a.asMap(); }
            case "amount" -> { Money.Amount a = Money.parse(v); yield a == null ? null : a.amount(); }
            case "currency" -> { Money.Amount a = Money.parse(v); yield a == null ? null : a.currency(); }
            case "number" -> number(v);
            case "trim" -> v == null ? null : text(v).trim();
            case "upper" -> v == null ? null : text(v).toUpperCase(Locale.ROOT);
            case "lower" -> v == null ? null : text(v).toLowerCase(Locale.ROOT);
            case "first" -> v instanceof List<?> l ? (l.isEmpty() ? null : l.get(0)) : v;
            case "size" -> v instanceof Collection<?> c ? c.size() : v instanceof Map<?, ?> m ? m.size() : v == null ? 0 : text(v).length();
            case "join" -> v instanceof List<?> l ? String.join(arg == null ? "," : arg, l.stream().map(Expressions::text).toList()) : v;
            default -> v;
        };
    }

    public static BigDecimal number(Object v) {
        if (v == null) return null;
        if (v instanceof BigDecimal b) return b;
        try {
            return new BigDecimal(text(v).replace(",", "").trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static boolean isEmpty(Object v) {
        return v == null || (v instanceof String s && s.isBlank()) || (v instanceof Collection<?> c && c.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    /** A value as text: numbers without exponent, lists joined by commas, null as empty. */
    public static String text(Object v) {
        if (v == null) return "";
        if (v instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (v instanceof Double || v instanceof Float) return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
        if (v instanceof List<?> l) return String.join(",", l.stream().map(Expressions::text).toList());
        return v.toString();
    }
}
