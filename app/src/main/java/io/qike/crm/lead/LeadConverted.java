package io.qike.crm.lead;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lead was converted (转换) into a customer and, when the lead had a contact name, a contact. When the user asked
 * for an opportunity too, {@code opportunity} carries it, already checked by the lead module; the opportunity
 * module opens it for the customer after the conversion commits (owner {@code ownerId}). Published in the
 * conversion's transaction.
 */
public record LeadConverted(long tenantId, long leadId, long customerId, Long contactId, long ownerId, long byUserId,
                            OpportunityDraft opportunity) {

    /** The opportunity asked for at conversion: a name, and optionally an amount (元) and expected close date. */
    public record OpportunityDraft(String name, BigDecimal amount, LocalDate expectedCloseOn) {
    }
}
