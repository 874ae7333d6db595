package io.qike.crm.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A field's name as users read it, for messages that name a field (a form's list of errors, problem details):
 * {@code field.<code>}, then the code without row numbers ({@code nodes[2].rows[0].value} → {@code field.nodes.rows.value}),
 * then its last part ({@code field.value}), and a readable form of the code only when no label exists.
 * Templates call it as {@code @fieldLabels}.
 */
@Component("fieldLabels")
public class FieldLabels {
    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String field) {
        return of(field, LocaleContextHolder.getLocale());
    }

    public String of(String field, Locale locale) {
        if (field == null || field.isBlank()) return "";
        String label = messages.getMessage("field." + field, null, null, locale);
        if (label != null) return label;
        String plain = field.replaceAll("\\[\\d+]", "");
        label = messages.getMessage("field." + plain, null, null, locale);
        if (label != null) return label;
        String last = plain.substring(plain.lastIndexOf('.') + 1);
        label = messages.getMessage("field." + last, null, null, locale);
        return label != null ? label : readable(last);
    }

    /** searchTtlMinutes → Search ttl minutes: the last resort for a code without a label, never the bare code. */
    public static String readable(String code) {
        String spaced = code.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[._\\-]+", " ").trim().toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
