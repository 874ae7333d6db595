package io.qike.crm.integration;

/** What an administrator saves for an action flow; every save makes a new version. */
public record ActionFlowDraft(String apiName, String name, String description, Boolean enabled, FlowDefinition definition) {
}
