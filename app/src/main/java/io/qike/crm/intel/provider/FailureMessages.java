package io.qike.crm.intel.provider;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A {@link ProviderFailure} in the user's words, for pages, problems and a failed run's note. */
@Component
public class FailureMessages {
    private final MessageSource messages;

    FailureMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The clear message: the one configured for 企查查's code, else the integration centre's for its outcome. */
    public String message(ProviderFailure f) {
        if (f.clearMessage() != null) return f.clearMessage();
        var locale = LocaleContextHolder.getLocale();
        return messages.getMessage("integration.outcome." + f.code(), null,
                messages.getMessage("error." + f.code(), null, f.code(), locale), locale);
    }

    /** The clear message followed by what 企查查 itself said, for a run's record. */
    public String describe(ProviderFailure f) {
        String m = message(f);
        if (f.providerCode() == null) return m;
        return m + " (" + messages.getMessage("intel.provider.said", new Object[] {f.providerCode(), f.providerMessage()},
                LocaleContextHolder.getLocale()) + ")";
    }
}
