package io.qike.crm.pool;

import java.time.LocalDate;

/**
 * A customer's owner was warned that a recycle rule will move the customer back into a public pool on
 * {@code recycleOn} unless it is followed up (or its deal advances) first. Published once per customer, rule and
 * due date in the daily run's transaction; the to-do module makes the owner a system to-do from it.
 */
public record CustomerRecycleWarned(long tenantId, long customerId, String customerName, long ownerId, long poolId,
                                    long ruleId, LocalDate recycleOn) {
}
