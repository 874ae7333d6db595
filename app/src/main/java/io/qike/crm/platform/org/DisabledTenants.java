package io.qike.crm.platform.org;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which enterprises are disabled, asked on every authenticated request (bearer token or session).
 * The set is read in one small query and kept for two seconds, so the check costs no query per
 * request; this node forgets it at once when it disables or enables an enterprise, other nodes
 * within the two seconds. Login itself reads the tenant's status from the database every time.
 */
@Component
public class DisabledTenants {
    private final LoadingCache<Boolean, Set<Long>> ids;

    DisabledTenants(TenantRepository tenants) {
        this.ids = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(2))
                .build(k -> Set.copyOf(tenants.disabledIds()));
    }

    public boolean contains(long tenantId) {
        return ids.get(Boolean.TRUE).contains(tenantId);
    }

    void forget() {
        ids.invalidateAll();
    }
}
