package io.qike.crm.lead;

/**
 * A module whose rows belong to a lead and follow it into the customer it becomes; called in the conversion's
 * transaction, so nothing is half-moved on a failure.
 */
public interface LeadConversionParticipant {
    void converted(long leadId, long customerId);
}
