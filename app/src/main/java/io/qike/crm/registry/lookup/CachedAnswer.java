package io.qike.crm.registry.lookup;

import io.qike.crm.registry.LookupOutcome;
import io.qike.crm.registry.LookupStatus;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryProvider;
import java.time.Instant;
import java.util.Map;

/**
 * What the cache keeps for a lookup: a provider's answer (found or not found, never a failure) with
 * its outputs as the flow gave them. The card is mapped when read, so a changed mapping applies at once.
 */
record CachedAnswer(LookupStatus status, RegistryProvider provider, Instant fetchedAt, Map<String, Object> outputs,
              RegistryMessage message) {

    static CachedAnswer of(ProviderReply a, Instant now) {
        return new CachedAnswer(a.status(), a.provider(), now, a.outputs(), a.message());
    }

    boolean keep() {
        return status == LookupStatus.FOUND || status == LookupStatus.NOT_FOUND;
    }

    LookupOutcome outcome(boolean cached, RegistryMessage fallbackNote) {
        return new LookupOutcome(status, provider, cached, fetchedAt, message, fallbackNote);
    }
}
