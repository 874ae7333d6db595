package io.qike.crm.registry.web;

import io.qike.crm.registry.RegistryMessage;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves registry messages in the reader's language; arguments that are messages themselves first. */
@Component
class Messages {
    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    String text(RegistryMessage m) {
        return text(m, LocaleContextHolder.getLocale());
    }

    String text(RegistryMessage m, Locale locale) {
        if (m == null) return null;
        Object[] args = m.args().stream().map(a -> a instanceof RegistryMessage r ? text(r, locale) : a).toArray();
        return source.getMessage(m.key(), args, m.key(), locale);
    }
}
