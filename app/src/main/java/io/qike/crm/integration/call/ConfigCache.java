package io.qike.crm.integration.call;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.qike.crm.platform.TenantContext;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Configuration read on every invocation (flows, interfaces, connections), kept briefly in memory so
 * an invocation costs no configuration queries. Emptied on every configuration change here; the short
 * expiry bounds staleness when several instances share a database.
 */
@Component
public class ConfigCache {
    private final Cache<String, Optional<Object>> cache = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(String kind, Object id, Supplier<Optional<T>> load) {
        String key = TenantContext.currentTenantId() + ":" + kind + ":" + id;
        return (Optional<T>) cache.get(key, k -> (Optional<Object>) load.get());
    }

    public void clear() {
        cache.invalidateAll();
    }
}
