package io.qike.crm.registry.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.registry.RegistrySettings;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The current tenant's settings for lookups, kept in memory so that a cached lookup needs no query.
 * Emptied on every save here; the short expiry bounds staleness when several nodes share a database.
 */
@Component
public class CurrentSettings {
    private final Cache<Long, RegistrySettings> cache = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();
    private final SettingsRepository store;

    CurrentSettings(SettingsRepository store) {
        this.store = store;
    }

    public RegistrySettings get() {
        Long tenant = TenantContext.currentTenantId();
        if (tenant == null) throw new IllegalStateException("Registry settings belong to a tenant");
        return cache.get(tenant, t -> store.load().orElseGet(RegistrySettings::defaults));
    }

    public void evict() {
        Long tenant = TenantContext.currentTenantId();
        if (tenant != null) cache.invalidate(tenant);
    }
}
