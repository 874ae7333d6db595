package io.qike.crm.registry.mapping;

import io.qike.crm.customer.CustomerOptions;
import io.qike.crm.dedup.CreditCodes;
import io.qike.crm.platform.validation.Patterns;
import io.qike.crm.integration.values.Dates;
import io.qike.crm.integration.values.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Converts one flow output to the text a customer field takes, by the field's type. A value that does
 * not convert gives null rather than an error: registry data prefills a card, it must never make
 * saving the card fail (a phone list, an over-long business scope, an unknown status word).
 */
public final class Conversions {
    private static final Pattern SEPARATORS = Pattern.compile("[;；,，、]+");
    private static final Pattern CURRENCY_WORD = Pattern.compile("[^\\d.,\\s万亿]");
    /** The standard text fields' length limits (as the customer validator has them). */
    private static final Map<String, Integer> MAX = Map.of("name", 200, "legalRepresentative", 50, "address", 300,
            "region", 100, "industry", 100, "businessScope", 4000);

    private Conversions() {
    }

    public static String convert(Object value, CardField target) {
        if (value == null || value instanceof Map) return null;
        return switch (target.type()) {
            case TEXT -> cut(text(value), MAX.get(target.key()));
            case CREDIT_CODE -> CreditCodes.normalize(text(value));
            case MONEY -> amount(value);
            case CURRENCY -> currency(value);
            case DATE -> Dates.format(value);
            case STATUS -> Statuses.of(text(value));
            case REGION -> Regions.of(text(value));
            case PHONE -> first(value, Patterns.PHONE);
            case EMAIL -> first(value, Patterns.EMAIL);
            case URL -> first(value, null);
            case NUMBER -> number(value);
            case BOOLEAN -> bool(text(value));
            case OPTION -> target.options() != null && target.options().contains(text(value)) ? text(value) : null;
        };
    }

    /**
     * Registered capital in 万 (the customer field's unit): "5000万人民币" → 5000, "1.2亿元" → 12000,
     * "5000000元" → 500. A bare number is taken as 万 already, as a hand-built flow would give it.
     */
    public static String amount(Object value) {
        Money.Amount a = Money.parse(value);
        if (a == null) return null;
        BigDecimal wan = switch (a.unit()) {
            case "亿" -> a.amount().multiply(BigDecimal.valueOf(10_000));
            case "万" -> a.amount();
            default -> value instanceof Number || !CURRENCY_WORD.matcher(value.toString()).find() ? a.amount()
                    : a.amount().divide(BigDecimal.valueOf(10_000));
        };
        return wan.stripTrailingZeros().toPlainString();
    }

    /** The ISO currency of a capital text ("100万美元" → USD) or of a currency word ("港元" → HKD). */
    public static String currency(Object value) {
        if (value == null) return null;
        Money.Amount a = Money.parse(value);
        if (a == null) a = Money.parse("1" + text(value));
        if (a == null) return text(value).isEmpty() ? null : "OTHER";
        return CustomerOptions.CURRENCIES.contains(a.currency()) ? a.currency() : "OTHER";
    }

    /** Lists joined with "；", numbers without exponent, blank as null. */
    public static String text(Object value) {
        if (value == null) return "";
        if (value instanceof Collection<?> c) return String.join("；", c.stream().map(Conversions::text).filter(s -> !s.isEmpty()).toList());
        if (value instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (value instanceof Double || value instanceof Float) return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        return value.toString().trim();
    }

    private static String first(Object value, Pattern valid) {
        String all = value instanceof Collection<?> c ? String.join(";", c.stream().map(Conversions::text).toList()) : text(value);
        return Arrays.stream(SEPARATORS.split(all)).map(String::trim).filter(s -> !s.isEmpty())
                .filter(s -> valid == null || valid.matcher(s).matches()).findFirst().orElse(null);
    }

    private static String number(Object value) {
        try {
            return new BigDecimal(text(value).replace(",", "")).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String bool(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "是", "yes" -> "true";
            case "false", "0", "否", "no" -> "false";
            default -> null;
        };
    }

    private static String cut(String s, Integer max) {
        if (s.isEmpty()) return null;
        return max != null && s.length() > max ? s.substring(0, max) : s;
    }
}
