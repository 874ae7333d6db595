package io.qike.crm.customer;

/**
 * A customer got a new owner (assigned at creation, transferred by an edit or a merge), published inside the
 * change's transaction. {@code fromUserId} is null for a new customer; {@code byUserId} is who made the change.
 * Never published when the new owner made the change themselves.
 */
public record CustomerOwnerChanged(long tenantId, long customerId, String name, Long fromUserId, long toUserId, long byUserId) {
}
