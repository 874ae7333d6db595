package io.qike.crm.integration;

import io.qike.crm.platform.Permission;

/**
 * What an administrator saves for an action flow; every save makes a new version. {@code invokePermission} is
 * the permission a user needs to invoke the flow (调用权限); on a new flow none means administrators only, on a
 * save of an existing one none keeps the stored permission.
 */
public record ActionFlowDraft(String apiName, String name, String description, Boolean enabled, FlowDefinition definition,
                              Permission invokePermission) {

    /** A draft that leaves the invoke permission as it is (administrators only on a new flow). */
    public ActionFlowDraft(String apiName, String name, String description, Boolean enabled, FlowDefinition definition) {
        this(apiName, name, description, enabled, definition, null);
    }
}
