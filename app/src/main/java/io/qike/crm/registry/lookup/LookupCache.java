package io.qike.crm.registry.lookup;

import java.time.Instant;
import java.util.Optional;

/**
 * Where lookup answers are kept between calls, per tenant. The in-memory implementation serves one
 * node; several nodes share {@link RedisLookupCache} ({@code qike.registry.cache=redis}; values are
 * plain records of text, numbers, lists and maps, kept as JSON), while concurrent identical lookups
 * are coalesced per node in front of it either way.
 */
public interface LookupCache {

    /** A kept answer and when it stops being served. */
    record Entry(Object value, Instant expiresAt) {
    }

    Optional<Entry> get(long tenantId, String key);

    void put(long tenantId, String key, Object value, Instant expiresAt);

    /** Forgets a tenant's answers, for example when its providers or flows were changed. */
    void clear(long tenantId);
}
