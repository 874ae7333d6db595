package io.qike.crm.platform;

/**
 * The demo enterprise was just created; modules may add their demo data, as its admin (see
 * {@link RunAs}), in an {@code @ApplicationModuleListener}.
 */
public record DemoTenantCreated(long tenantId, long adminUserId) {
}
