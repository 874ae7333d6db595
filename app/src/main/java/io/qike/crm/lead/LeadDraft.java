package io.qike.crm.lead;

import java.util.Map;

/**
 * What a user submits for a lead, from a form, the API or an import row. Without an owner and with a pool the lead
 * waits in that pool; without either it is the user's own.
 */
public record LeadDraft(String companyName, String contactName, String mobile, String email, String source, String region,
                        String status, Long ownerId, Long poolId, Map<String, Object> custom) {
}
