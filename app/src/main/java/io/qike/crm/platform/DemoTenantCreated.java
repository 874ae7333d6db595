package io.qike.crm.platform;

/** The demo enterprise was just created; modules may add their demo data (in the tenant's context). */
public record DemoTenantCreated(long tenantId, long adminUserId) {
}
