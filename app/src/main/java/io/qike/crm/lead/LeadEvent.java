package io.qike.crm.lead;

import java.time.OffsetDateTime;

/** One step in a lead's history: claimed, assigned, returned (with its reason), converted; names filled by the service. */
public record LeadEvent(long id, String kind, Long actorId, String actorName, Long ownerId, String ownerName, Long poolId,
                        String reason, OffsetDateTime createdAt) {
    LeadEvent named(String actor, String owner) {
        return new LeadEvent(id, kind, actorId, actor, ownerId, owner, poolId, reason, createdAt);
    }
}
