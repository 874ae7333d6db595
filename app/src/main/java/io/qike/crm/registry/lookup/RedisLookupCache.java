package io.qike.crm.registry.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.Expiration;
import org.springframework.stereotype.Component;

/**
 * The lookup cache in Redis ({@code qike.registry.cache=redis}), shared by several app nodes so a
 * company looked up on one is not paid for again on another. Keys are
 * {@code qike:registry:<tenant>:<lookup key>}; each entry expires in Redis at its own time (SET PXAT,
 * Redis 6.2 or later); values are {@link LookupJson} documents.
 *
 * <p>The cache only saves money, it never decides an answer: when Redis fails, get() finds nothing and
 * the lookup asks the provider, put() and clear() carry on. After a failure Redis is left alone for a
 * few seconds, so an outage costs each lookup nothing instead of a command timeout per cache read
 * (a search reads several keys). Warnings are logged at most once a minute.
 */
@Component
@ConditionalOnProperty(name = "qike.registry.cache", havingValue = "redis")
class RedisLookupCache implements LookupCache {
    private static final Logger log = LoggerFactory.getLogger(RedisLookupCache.class);
    static final String PREFIX = "qike:registry:";
    private static final Duration BACK_OFF = Duration.ofSeconds(5), WARN_EVERY = Duration.ofMinutes(1);
    private static final int DELETE_BATCH = 500;

    private final StringRedisTemplate redis;
    private final Clock clock;
    private volatile long skipUntil = System.nanoTime(); // nanoTime may be negative: "not resting" is relative to it
    private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE);

    @Autowired // the StringRedisTemplate Spring Boot configures from spring.data.redis.*
    RedisLookupCache(StringRedisTemplate redis) {
        this(redis, Clock.systemUTC());
    }

    RedisLookupCache(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public Optional<Entry> get(long tenantId, String key) {
        if (resting()) return Optional.empty();
        String text;
        try {
            text = redis.opsForValue().get(key(tenantId, key));
        } catch (RuntimeException e) {
            failed("read", e);
            return Optional.empty();
        }
        if (text == null) return Optional.empty();
        try {
            Entry e = LookupJson.read(text);
            // the nodes' clocks may differ a little from Redis's: an entry is never served past its own expiry
            return e.expiresAt().isAfter(clock.instant()) ? Optional.of(e) : Optional.empty();
        } catch (RuntimeException e) {
            // written by another version of Qike: a miss, and the fresh answer replaces it
            warn("Registry lookup cache: unreadable entry " + key(tenantId, key) + " ignored", e);
            return Optional.empty();
        }
    }

    @Override
    public void put(long tenantId, String key, Object value, Instant expiresAt) {
        if (!expiresAt.isAfter(clock.instant()) || resting()) return;
        String text;
        try {
            text = LookupJson.write(value, expiresAt);
        } catch (RuntimeException e) {
            warn("Registry lookup cache: " + key(tenantId, key) + " not kept in Redis", e);
            return;
        }
        try {
            redis.opsForValue().set(key(tenantId, key), text, Expiration.unixTimestamp(expiresAt.toEpochMilli(), TimeUnit.MILLISECONDS));
        } catch (RuntimeException e) {
            failed("write", e);
        }
    }

    /** SCAN rather than KEYS, which would block Redis for every node while it walks the whole key space. */
    @Override
    public void clear(long tenantId) {
        // not skipped while resting: a clear that may work beats stale answers from changed providers
        ScanOptions match = ScanOptions.scanOptions().match(PREFIX + tenantId + ":*").count(1000).build();
        List<String> batch = new ArrayList<>();
        try (Cursor<String> keys = redis.scan(match)) {
            while (keys.hasNext()) {
                batch.add(keys.next());
                if (batch.size() == DELETE_BATCH) {
                    redis.unlink(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) redis.unlink(batch);
        } catch (RuntimeException e) {
            failed("clear tenant " + tenantId + " in", e);
        }
    }

    static String key(long tenantId, String key) {
        return PREFIX + tenantId + ":" + key;
    }

    private boolean resting() {
        return System.nanoTime() - skipUntil < 0;
    }

    private void failed(String what, RuntimeException e) {
        skipUntil = System.nanoTime() + BACK_OFF.toNanos();
        warn("Registry lookup cache: could not " + what + " Redis, lookups ask the providers meanwhile", e);
    }

    private void warn(String message, RuntimeException e) {
        long now = System.nanoTime(), last = lastWarning.get();
        if ((last != Long.MIN_VALUE && now - last < WARN_EVERY.toNanos()) || !lastWarning.compareAndSet(last, now)) return;
        log.warn("{} ({})", message, e.toString());
    }
}
