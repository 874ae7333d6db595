package io.qike.crm.integration.call;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces credentials and the signatures made from them by {@code ••••} wherever they might show up:
 * the URL, headers, body, the provider's answer (some echo the key), error messages and fields.
 */
public final class Redactor {
    public static final String MASK = "••••";
    private final List<String> secrets;

    public Redactor(Set<String> values) {
        Set<String> all = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null || v.isEmpty()) continue;
            all.add(v);
            all.add(URLEncoder.encode(v, StandardCharsets.UTF_8));
            all.add(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first, so parts never leak
        this.secrets = List.copyOf(sorted);
    }

    public static Redactor none() {
        return new Redactor(Set.of());
    }

    public String text(String s) {
        if (s == null || secrets.isEmpty()) return s;
        String out = s;
        for (String secret : secrets) out = out.replace(secret, MASK);
        return out;
    }

    /** Redacts every string inside maps and lists. */
    public Object value(Object v) {
        if (secrets.isEmpty()) return v;
        if (v instanceof String s) return text(s);
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(x)));
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(this::value).toList();
        return v;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map(Map<String, Object> m) {
        return m == null ? null : (Map<String, Object>) value(m);
    }
}
