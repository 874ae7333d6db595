package io.qike.crm.registry;

import java.time.Instant;

/**
 * Where a lookup's answer came from and what to tell the user about it.
 *
 * @param provider  the provider that answered (null when none was asked)
 * @param cached    answered from the cache: no provider call, no cost
 * @param fetchedAt when the provider gave this answer
 * @param message   why there is no (full) answer: 查询无结果, an invalid query, the provider's failure
 * @param fallback  set when the primary provider failed and the fallback was asked: which, and why
 */
public record LookupOutcome(LookupStatus status, RegistryProvider provider, boolean cached, Instant fetchedAt,
                            RegistryMessage message, RegistryMessage fallback) {

    public boolean found() {
        return status == LookupStatus.FOUND;
    }

    public LookupOutcome fromCache() {
        return new LookupOutcome(status, provider, true, fetchedAt, message, null);
    }
}
