package io.qike.crm.registry.enrich;

import io.qike.crm.registry.LookupOutcome;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryProvider;

/**
 * Why a job paused, kept in the platform job's result (and as its error message) as "message key|provider
 * code" and shown in the reader's language: the providers' failure (budget, quota, arrears, outage) that
 * stopped it.
 */
public final class PauseReason {
    private PauseReason() {
    }

    static String of(LookupOutcome o) {
        RegistryMessage m = o.message();
        if (m != null && !m.args().isEmpty() && m.args().get(0) instanceof RegistryMessage reason) m = reason;
        return (m == null ? "registry.lookup.disabled" : m.key()) + "|" + (o.provider() == null ? "" : o.provider().code());
    }

    /** The stored reason as a message to resolve; null when the job did not pause. */
    public static RegistryMessage message(String stored) {
        if (stored == null || !stored.contains("|")) return null;
        String[] parts = stored.split("\\|", 2);
        return RegistryProvider.ofCode(parts[1]).map(p -> RegistryMessage.of(parts[0], RegistryMessage.provider(p)))
                .orElse(RegistryMessage.of(parts[0]));
    }
}
