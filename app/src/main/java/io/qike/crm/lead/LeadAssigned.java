package io.qike.crm.lead;

/**
 * A lead got a new owner who did not take it themselves: assigned by a pool admin or by an assignment rule, or
 * handed over by its owner. Published in the change's transaction; the to-do module makes the new owner a system
 * to-do from it. {@code byUserId} is null when a rule assigned it.
 */
public record LeadAssigned(long tenantId, long leadId, String leadName, long ownerId, Long byUserId) {
}
