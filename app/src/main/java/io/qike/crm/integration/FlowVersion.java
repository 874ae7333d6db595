package io.qike.crm.integration;

import java.time.OffsetDateTime;

/** One saved version of an action flow: every save makes one, so a run can be read against what ran. */
public record FlowVersion(int version, OffsetDateTime savedAt, String savedBy, FlowDefinition definition) {
}
