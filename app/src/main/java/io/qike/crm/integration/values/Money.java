package io.qike.crm.integration.values;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads registered-capital texts: "5000万人民币" → 5000 CNY, "5000万人民币元" → 5000 CNY, "100万美元" →
 * 100 USD, "1,234.5万元" → 1234.5 CNY, "500万港币" → 500 HKD. The amount stays in the unit written
 * (万 as the registries print it); the unit is reported separately.
 *
 * <p>In the module's named interface "values", so that modules mapping flow outputs
 * (工商信息 field mapping) read dates and money exactly as flows do.
 */
public final class Money {
    /** An amount, its ISO currency and the unit it was written in ("万", "亿" or ""). */
    public record Amount(BigDecimal amount, String currency, String unit) {
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("amount", amount);
            m.put("currency", currency);
            m.put("unit", unit);
            return m;
        }
    }

    private static final Pattern MONEY = Pattern.compile("^\\s*([-+]?[\\d,]*\\.?\\d+)\\s*(万|亿)?\\s*(.*?)\\s*$");
    private static final Map<String, String> CURRENCIES = new LinkedHashMap<>();

    static {
        CURRENCIES.put("人民币", "CNY"); CURRENCIES.put("元", "CNY"); CURRENCIES.put("RMB", "CNY"); CURRENCIES.put("CNY", "CNY");
        CURRENCIES.put("美元", "USD"); CURRENCIES.put("USD", "USD"); CURRENCIES.put("港元", "HKD"); CURRENCIES.put("港币", "HKD");
        CURRENCIES.put("HKD", "HKD"); CURRENCIES.put("欧元", "EUR"); CURRENCIES.put("EUR", "EUR"); CURRENCIES.put("日元", "JPY");
        CURRENCIES.put("英镑", "GBP"); CURRENCIES.put("新台币", "TWD"); CURRENCIES.put("台币", "TWD");
    }

    private Money() {
    }

    /** The parsed amount, or null when the text holds no number. A missing currency means CNY. */
    public static Amount parse(Object value) {
        if (value == null) return null;
        if (value instanceof Number n) return new Amount(new BigDecimal(n.toString()), "CNY", "");
        Matcher m = MONEY.matcher(value.toString());
        if (!m.matches()) return null;
        BigDecimal amount = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2) == null ? "" : m.group(2);
        String rest = m.group(3).replaceAll("[()（）\\s]", "");
        if (rest.endsWith("元") && rest.length() > 1) rest = rest.substring(0, rest.length() - 1); // 人民币元, 美元 stays
        if (rest.isEmpty()) return new Amount(amount, "CNY", unit);
        String currency = CURRENCIES.get(rest.toUpperCase(java.util.Locale.ROOT));
        if (currency == null) currency = CURRENCIES.get(rest + "元");
        return currency == null ? null : new Amount(amount, currency, unit);
    }
}
