package io.qike.crm.registry;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Resolves provider messages in the reader's language: a {@link RegistryMessage} (arguments that are
 * messages themselves first) and the clear message of a {@link ProviderFailure}.
 */
@Component
public class RegistryMessages {
    private final MessageSource source;

    RegistryMessages(MessageSource source) {
        this.source = source;
    }

    public String text(RegistryMessage m) {
        return text(m, LocaleContextHolder.getLocale());
    }

    public String text(RegistryMessage m, Locale locale) {
        if (m == null) return null;
        Object[] args = m.args().stream().map(a -> a instanceof RegistryMessage r ? text(r, locale) : a).toArray();
        return source.getMessage(m.key(), args, m.key(), locale);
    }

    /** The clear message: the one configured for the provider's code, else the integration centre's for its outcome. */
    public String text(ProviderFailure f) {
        if (f.clearMessage() != null) return f.clearMessage();
        Locale locale = LocaleContextHolder.getLocale();
        return source.getMessage("integration.outcome." + f.code(), null,
                source.getMessage("error." + f.code(), null, f.code(), locale), locale);
    }
}
