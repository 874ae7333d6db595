package io.qike.crm.integration.call;

import io.qike.crm.integration.NameValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place where credentials, and the signatures and signing inputs made from them, are replaced
 * by {@code ••••} in everything a call leaves behind: the URL, headers, body, the provider's answer
 * (some echo the key), error messages and fields. Each value is masked in every form it can come
 * back in ({@link SecretForms}); the forms are worked out once per call and found in one pass over
 * the text, longest first, so that a part of a credential never remains visible.
 */
public final class Redactor {
    public static final String MASK = "••••";
    /** Headers whose whole value is hidden, whatever it holds. */
    private static final Set<String> SENSITIVE = Set.of("authorization", "proxy-authorization", "token", "sign", "appkey",
            "cookie", "x-api-key", "api-key", "secret", "secret-key", "secretkey");
    /** The forms, by their first character, longest first: ASCII in an array (most positions of a body), the rest in a map. */
    private final String[][] byAscii = new String[128][];
    private final Map<Character, String[]> byFirst;
    private final boolean empty;
    private final String authHeader;

    public Redactor(Set<String> values) {
        this(values, null);
    }

    /** @param authHeader the header a connection sends its key in (hidden whole), or null */
    public Redactor(Set<String> values, String authHeader) {
        Set<String> forms = new LinkedHashSet<>();
        for (String v : values) forms.addAll(SecretForms.of(v));
        Map<Character, List<String>> grouped = new HashMap<>();
        for (String f : forms) grouped.computeIfAbsent(f.charAt(0), c -> new ArrayList<>()).add(f);
        Map<Character, String[]> sorted = new HashMap<>();
        grouped.forEach((c, l) -> {
            l.sort(Comparator.comparingInt(String::length).reversed());
            if (c < 128) byAscii[c] = l.toArray(String[]::new);
            else sorted.put(c, l.toArray(String[]::new));
        });
        this.byFirst = Map.copyOf(sorted);
        this.empty = forms.isEmpty();
        this.authHeader = authHeader == null ? null : authHeader.toLowerCase(Locale.ROOT);
    }

    public static Redactor none() {
        return new Redactor(Set.of());
    }

    public String text(String s) {
        if (s == null || empty) return s;
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < s.length(); ) {
            String found = at(s, i);
            if (found == null) {
                i++;
                continue;
            }
            if (out == null) out = new StringBuilder(s.length());
            out.append(s, copied, i).append(MASK);
            i += found.length();
            copied = i;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    private String at(String s, int i) {
        char first = s.charAt(i);
        String[] candidates = first < 128 ? byAscii[first] : byFirst.isEmpty() ? null : byFirst.get(first);
        if (candidates == null) return null;
        for (String c : candidates) if (s.startsWith(c, i)) return c;
        return null;
    }

    /** A request header as it may be shown: credential headers hidden whole, the others masked. */
    public NameValue header(NameValue h) {
        String name = h.name().toLowerCase(Locale.ROOT);
        boolean hidden = SENSITIVE.contains(name) || name.equals(authHeader);
        return new NameValue(h.name(), hidden ? MASK : text(h.value()));
    }

    /** Redacts every string inside maps and lists, keys included. */
    public Object value(Object v) {
        if (empty) return v;
        if (v instanceof String s) return text(s);
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(text(String.valueOf(k)), value(x)));
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
