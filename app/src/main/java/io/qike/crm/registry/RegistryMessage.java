package io.qike.crm.registry;

import java.util.List;

/**
 * A message for users as a bundle key and arguments, resolved in the reader's language when shown
 * (a cached answer may be read by users of both languages). An argument may itself be a RegistryMessage,
 * such as a provider's name.
 */
public record RegistryMessage(String key, List<Object> args) {
    public RegistryMessage {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RegistryMessage of(String key, Object... args) {
        return new RegistryMessage(key, List.of(args));
    }

    /** The provider's display name (启信宝 / 天眼查 / 企查查). */
    public static RegistryMessage provider(RegistryProvider p) {
        return of(p.labelKey());
    }
}
