package io.qike.crm.intel.provider;

import io.qike.crm.registry.ProviderFailure;
import io.qike.crm.registry.RegistryMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A {@link ProviderFailure} in the user's words, for a failed run's note. */
@Component
public class FailureMessages {
    private final MessageSource messages;
    private final RegistryMessages clear;

    FailureMessages(MessageSource messages, RegistryMessages clear) {
        this.messages = messages;
        this.clear = clear;
    }

    /** The clear message followed by what 企查查 itself said, for a run's record. */
    public String describe(ProviderFailure f) {
        String m = clear.text(f);
        if (f.providerCode() == null) return m;
        return m + " (" + messages.getMessage("intel.provider.said", new Object[] {f.providerCode(), f.providerMessage()},
                LocaleContextHolder.getLocale()) + ")";
    }
}
