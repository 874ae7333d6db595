package io.qike.crm.platform;

/**
 * What a module gives every new enterprise (a default sales process, …). {@code TenantProvisioning} calls each bean
 * inside the transaction that creates the enterprise, in its tenant, so a new enterprise is never seen without them.
 * Existing enterprises get the same defaults from the module's migration.
 */
public interface NewTenantDefaults {
    /** Writes this module's defaults for the enterprise being created (the current tenant). */
    void seed(long tenantId);
}
