package io.qike.crm.integration;

import io.qike.crm.platform.Permission;
import java.time.OffsetDateTime;

/**
 * A stored action flow (动作流) at its current version. {@code invokePermission} is who may run it through
 * 调用动作流 ({@code POST /api/v1/action-flows/{apiName}/invoke}); integration administrators always may.
 */
public record ActionFlow(long id, String apiName, String name, String description, boolean enabled, int version,
                         FlowDefinition definition, OffsetDateTime createdAt, OffsetDateTime updatedAt, Permission invokePermission) {
}
