package io.qike.crm.integration.call;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every way one credential can come back in a stored or shown text: as it is; as the header bytes
 * carried it (ISO-8859-1: any other character became {@code ?}); URL- and form-encoded (space as
 * {@code +} or {@code %20}, upper or lower hex, {@code *} and {@code ~} either way); Base64 (standard
 * and URL-safe, with and without padding); and each of these inside a JSON string, escaped as Jackson
 * does, as PHP does ({@code \/}, {@code \u00e9}) and HTML-safe ({@code \u003c}).
 * <p>
 * Values shorter than {@value #MIN_LENGTH} characters are not masked: they would blank out ordinary
 * words and numbers in every answer. A transformed form is masked only while at least that many of
 * its characters are not {@code ?}, for the same reason.
 */
final class SecretForms {
    static final int MIN_LENGTH = 4;
    private static final Pattern HEX = Pattern.compile("%[0-9A-F]{2}");

    private SecretForms() {
    }

    /** All forms of one value, or none when it is too short to mask safely. */
    static Set<String> of(String value) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null || value.codePointCount(0, value.length()) < MIN_LENGTH) return out;
        Set<String> plain = new LinkedHashSet<>();
        plain.add(value);
        String wire = wire(value);
        String readAsUtf8 = asUtf8(wire);
        for (String w : new String[]{wire, readAsUtf8}) if (significant(w)) plain.add(w);
        Set<String> raw = new LinkedHashSet<>(plain);
        for (String p : plain) raw.addAll(url(p));
        for (String p : plain) {
            for (String b : base64(p)) {
                raw.add(b);
                raw.addAll(url(b));
            }
        }
        for (String r : raw) {
            out.add(r);
            out.addAll(json(r));
        }
        out.removeIf(f -> !significant(f));
        return out;
    }

    /** How a header value travels: ISO-8859-1 bytes, anything else (and control characters) sent as {@code ?}. */
    static String wire(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean kept = (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFF) || c == '\t';
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                b.append("??"); // each half of a pair is its own char on the wire
                i++;
                continue;
            }
            b.append(kept ? c : '?');
        }
        return b.toString();
    }

    /** The header bytes read back as UTF-8: each byte above ASCII is not valid alone. */
    private static String asUtf8(String wire) {
        StringBuilder b = new StringBuilder(wire.length());
        for (int i = 0; i < wire.length(); i++) b.append(wire.charAt(i) >= 0xA0 ? '\uFFFD' : wire.charAt(i));
        return b.toString();
    }

    private static Set<String> url(String v) {
        String form = URLEncoder.encode(v, StandardCharsets.UTF_8);
        if (form.equals(v) && v.indexOf('*') < 0) return Set.of(v); // nothing that encoders write differently
        Set<String> out = new LinkedHashSet<>();
        for (String space : new String[]{form, form.replace("+", "%20")}) {
            for (String rfc : new String[]{space, space.replace("*", "%2A").replace("%7E", "~")}) {
                out.add(rfc);
                out.add(lowerHex(rfc));
            }
        }
        return out;
    }

    private static String lowerHex(String v) {
        if (v.indexOf('%') < 0) return v;
        Matcher m = HEX.matcher(v);
        return m.replaceAll(r -> r.group().toLowerCase(Locale.ROOT));
    }

    private static Set<String> base64(String v) {
        byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
        Set<String> out = new LinkedHashSet<>();
        out.add(Base64.getEncoder().encodeToString(bytes));
        out.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        out.add(Base64.getUrlEncoder().encodeToString(bytes));
        out.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return out;
    }

    private static Set<String> json(String v) {
        if (v.chars().allMatch(c -> c >= 0x20 && c <= 0x7E && "\"\\/<>&='".indexOf(c) < 0)) return Set.of(v); // nothing to escape
        Set<String> out = new LinkedHashSet<>();
        for (int way = 0; way < 16; way++) out.add(escape(v, (way & 1) != 0, (way & 2) != 0, (way & 4) != 0, (way & 8) != 0));
        return out;
    }

    /**
     * A JSON string's content: Jackson keeps {@code /} and non-ASCII and writes upper hex, PHP writes
     * {@code \/} and {@code \u00e9}, Gson escapes {@code < > & = '} in lower hex.
     */
    private static String escape(String v, boolean slash, boolean nonAscii, boolean htmlSafe, boolean upperHex) {
        StringBuilder b = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '/' -> b.append(slash ? "\\/" : "/");
                default -> {
                    boolean html = htmlSafe && "<>&='".indexOf(c) >= 0;
                    if (c < 0x20 || html || (c > 0x7E && nonAscii)) {
                        String hex = String.format("%04x", (int) c);
                        b.append("\\u").append(upperHex ? hex.toUpperCase(Locale.ROOT) : hex);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean significant(String form) {
        int kept = 0;
        for (int i = 0; i < form.length(); i++) if (form.charAt(i) != '?' && form.charAt(i) != '\uFFFD') kept++;
        return kept >= MIN_LENGTH;
    }
}
