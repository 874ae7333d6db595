package io.qike.crm.registry.lookup;

import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Providers that just failed for reasons of the account (invalid key, arrears, quota): for a minute
 * lookups go straight to the fallback instead of paying the round trip to a provider that will refuse
 * again. The integration centre's circuit breaker covers outages; this covers refusals, which are not
 * outages. Forgotten when the settings are saved (the admin may have fixed the key).
 */
@Component
public class ProviderHealth {
    static final Duration PAUSE = Duration.ofSeconds(60);

    /** Why a provider is skipped, and until when. */
    public record Down(Instant until, RegistryMessage reason) {
    }

    private final Map<String, Down> down = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    Down downNow(long tenantId, RegistryProvider p) {
        Down d = down.get(tenantId + ":" + p.code());
        return d != null && d.until().isAfter(clock.instant()) ? d : null;
    }

    void markDown(long tenantId, RegistryProvider p, RegistryMessage reason) {
        down.put(tenantId + ":" + p.code(), new Down(clock.instant().plus(PAUSE), reason));
    }

    void markUp(long tenantId, RegistryProvider p) {
        down.remove(tenantId + ":" + p.code());
    }

    public void clear(long tenantId) {
        down.keySet().removeIf(k -> k.startsWith(tenantId + ":"));
    }
}
