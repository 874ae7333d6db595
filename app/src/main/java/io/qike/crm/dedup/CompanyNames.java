package io.qike.crm.dedup;

import java.util.regex.Pattern;

/**
 * Company names reduced to what tells companies apart: full-width characters made half-width,
 * spaces and brackets removed, the legal-form words (有限公司, 有限责任公司, 股份, 集团) dropped,
 * lower case. "盛鑫科技（集团）股份有限公司" and "盛鑫科技 有限公司" both become "盛鑫科技".
 */
public final class CompanyNames {
    private static final Pattern LEGAL_FORMS = Pattern.compile("有限责任公司|有限公司|股份|集团");
    private static final Pattern NOISE = Pattern.compile("[\\s()\\[\\]【】《》·.,，、\"'“”]+");

    private CompanyNames() {
    }

    public static String normalize(String name) {
        if (name == null) return "";
        String half = halfWidth(name);
        String stripped = NOISE.matcher(half).replaceAll("");
        return LEGAL_FORMS.matcher(stripped).replaceAll("").toLowerCase();
    }

    /** Full-width ASCII variants (ＡＢＣ１２３（）) and the ideographic space become their half-width forms. */
    public static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000') out.append(' ');
            else if (c >= '\uFF01' && c <= '\uFF5E') out.append((char) (c - 0xFEE0));
            else out.append(c);
        }
        return out.toString();
    }
}
