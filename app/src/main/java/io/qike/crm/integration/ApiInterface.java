package io.qike.crm.integration;

import java.time.OffsetDateTime;

/** A stored interface; {@code definition} holds everything the administrator entered. */
public record ApiInterface(long id, long connectorId, ApiInterfaceDraft definition, OffsetDateTime updatedAt) {
    public String apiName() {
        return definition.apiName();
    }

    public String name() {
        return definition.name();
    }
}
