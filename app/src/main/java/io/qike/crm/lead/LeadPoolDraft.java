package io.qike.crm.lead;

import java.util.List;

/** What an administrator submits for a lead pool. */
public record LeadPoolDraft(String name, Integer claimCap, List<Long> memberDepartmentIds, List<Long> memberUserIds,
                            List<Long> adminIds) {
}
