package io.qike.crm.integration.call;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code ${...}} placeholders in templates and expressions: finding them and filling them in. */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private Placeholders() {
    }

    /** The text inside each placeholder, in order, trimmed. */
    public static List<String> of(String template) {
        List<String> found = new ArrayList<>();
        if (template == null) return found;
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) found.add(m.group(1).trim());
        return found;
    }

    /** Replaces every placeholder by {@code valueOf(inner text)}; a null value becomes empty text. */
    public static String render(String template, Function<String, String> valueOf) {
        if (template == null) return null;
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = valueOf.apply(m.group(1).trim());
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The inner text when the whole template is exactly one placeholder (its value keeps its type), else null. */
    public static String single(String template) {
        if (template == null) return null;
        Matcher m = PLACEHOLDER.matcher(template.trim());
        return m.matches() ? m.group(1).trim() : null;
    }
}
