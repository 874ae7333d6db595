package io.qike.crm.registry.lookup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The lookup cache in this node's memory (Caffeine). Each entry expires at its own time, since every
 * tenant sets its own TTLs; the size bound keeps a busy node's heap in check (least used go first).
 * The default; {@code qike.registry.cache=redis} replaces it with {@link RedisLookupCache} for several nodes.
 */
@Component
@ConditionalOnProperty(name = "qike.registry.cache", havingValue = "caffeine", matchIfMissing = true)
class CaffeineLookupCache implements LookupCache {
    private final Clock clock;
    private final Cache<String, Entry> cache;

    CaffeineLookupCache() {
        this(Clock.systemUTC(), 200_000);
    }

    CaffeineLookupCache(Clock clock, long maximumSize) {
        this.clock = clock;
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(new Expiry<String, Entry>() {
            @Override
            public long expireAfterCreate(String key, Entry value, long currentTime) {
                return Math.max(0, Duration.between(clock.instant(), value.expiresAt()).toNanos());
            }

            @Override
            public long expireAfterUpdate(String key, Entry value, long currentTime, long currentDuration) {
                return expireAfterCreate(key, value, currentTime);
            }

            @Override
            public long expireAfterRead(String key, Entry value, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
    }

    @Override
    public Optional<Entry> get(long tenantId, String key) {
        Entry e = cache.getIfPresent(tenantId + "|" + key);
        return e == null || !e.expiresAt().isAfter(clock.instant()) ? Optional.empty() : Optional.of(e);
    }

    @Override
    public void put(long tenantId, String key, Object value, Instant expiresAt) {
        cache.put(tenantId + "|" + key, new Entry(value, expiresAt));
    }

    @Override
    public void clear(long tenantId) {
        String prefix = tenantId + "|";
        cache.asMap().keySet().removeIf(k -> k.startsWith(prefix));
    }
}
