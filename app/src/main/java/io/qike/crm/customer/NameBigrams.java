package io.qike.crm.customer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The character bigrams of a name exactly as the database's {@code qike_bigrams(qike_norm(s))}
 * computes them for the {@code name_bigrams} column: whitespace removed, full-width brackets,
 * comma and full stop made half-width, the ideographic space dropped, lower case.
 */
final class NameBigrams {
    private static final String FULL = "（）【】，．";
    private static final String HALF = "()[],.";

    private NameBigrams() {
    }

    static String normalize(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == '\u3000' || cp == '\u00a0') return;
            int i = FULL.indexOf(cp);
            out.appendCodePoint(i >= 0 ? HALF.charAt(i) : cp);
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static Set<String> of(String s) {
        int[] cps = normalize(s).codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < cps.length; i++) grams.add(new String(cps, i, 2));
        return grams;
    }
}
