package io.qike.crm.customer;

/**
 * The demo enterprise's demo customers were just added (published in their transaction); modules may add demo data
 * about them (opportunities, …) as its admin, in an {@code @ApplicationModuleListener}.
 */
public record DemoCustomersAdded(long tenantId, long adminUserId) {
}
