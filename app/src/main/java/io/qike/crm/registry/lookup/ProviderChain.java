package io.qike.crm.registry.lookup;

import io.qike.crm.registry.CodeKind;
import io.qike.crm.registry.LookupStatus;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryProvider;
import io.qike.crm.registry.RegistrySettings;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Asks the primary provider and, when it fails for reasons of its own (HARD or TRANSIENT), the
 * fallback; answers (found, not found, invalid query) are final. The result says which provider
 * answered and, when it was the fallback, why the primary did not.
 */
@Component
class ProviderChain {
    /** The final attempt and the note about a fallback, if one was used. */
    record Result(ProviderReply attempt, RegistryMessage fallbackNote) {
    }

    private final ProviderCall call;
    private final ProviderHealth health;

    ProviderChain(ProviderCall call, ProviderHealth health) {
        this.call = call;
        this.health = health;
    }

    Result ask(long tenantId, RegistrySettings settings, boolean search, String keyword) {
        return ask(tenantId, settings, search, keyword, search ? 1 : 0);
    }

    /** {@code page} of a search, from 1 (0 for a detail); each provider is asked for it the way its API pages. */
    Result ask(long tenantId, RegistrySettings settings, boolean search, String keyword, int page) {
        List<RegistryProvider> order = settings.order();
        RegistryProvider first = order.get(0);
        RegistryMessage firstReason = null;
        ProviderReply last = null;
        for (int i = 0; i < order.size(); i++) {
            RegistryProvider p = order.get(i);
            boolean hasNext = i + 1 < order.size();
            ProviderHealth.Down down = health.downNow(tenantId, p);
            if (down != null && hasNext) {
                if (i == 0) firstReason = down.reason();
                continue;
            }
            RegistrySettings.Source src = settings.source(p);
            last = call.call(p, search ? src.searchFlow() : src.detailFlow(), keyword, search ? Math.max(page, 1) : 0);
            if (!last.failed()) {
                health.markUp(tenantId, p);
                return new Result(last, p == first ? null : note(first, firstReason, p));
            }
            if (last.kind() == CodeKind.HARD) health.markDown(tenantId, p, last.message());
            if (i == 0) firstReason = last.message();
        }
        ProviderReply unavailable = new ProviderReply(last.provider(), LookupStatus.UNAVAILABLE, last.outputs(), last.kind(),
                RegistryMessage.of("registry.lookup.unavailable", last.message()));
        return new Result(unavailable, last.provider() == first ? null : note(first, firstReason, last.provider()));
    }

    private static RegistryMessage note(RegistryProvider first, RegistryMessage reason, RegistryProvider used) {
        return RegistryMessage.of("registry.lookup.fallback", RegistryMessage.provider(first), reason, RegistryMessage.provider(used));
    }
}
