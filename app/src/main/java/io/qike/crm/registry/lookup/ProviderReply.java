package io.qike.crm.registry.lookup;

import io.qike.crm.registry.CodeKind;
import io.qike.crm.registry.LookupStatus;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryProvider;
import java.util.Map;

/**
 * One provider's answer to one flow call: the outputs when found, otherwise the kind of trouble and
 * the message for users. {@code kind} is null for answers (found, not found, invalid query).
 */
record ProviderReply(RegistryProvider provider, LookupStatus status, Map<String, Object> outputs, CodeKind kind,
               RegistryMessage message) {

    /** A failure that the fallback provider may be able to answer instead. */
    boolean failed() {
        return kind == CodeKind.HARD || kind == CodeKind.TRANSIENT;
    }
}
