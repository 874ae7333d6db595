package io.qike.crm.integration;

/** What an administrator enters for a connector. */
public record ConnectorDraft(String name, String description) {
}
