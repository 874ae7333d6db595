package io.qike.crm.integration;

import java.time.OffsetDateTime;

/** A stored action flow (动作流) at its current version. */
public record ActionFlow(long id, String apiName, String name, String description, boolean enabled, int version,
                         FlowDefinition definition, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
