package io.qike.crm.lead;

import java.util.List;
import java.util.Map;

/** What an administrator submits for a lead pool; {@code targets} maps a region or source to a member. */
public record LeadPoolDraft(String name, Integer claimCap, List<Long> memberDepartmentIds, List<Long> memberUserIds,
                            List<Long> adminIds, String assignRule, Map<String, Long> targets) {

    /** A pool whose new leads wait to be claimed or assigned (no assignment rule). */
    public LeadPoolDraft(String name, Integer claimCap, List<Long> memberDepartmentIds, List<Long> memberUserIds, List<Long> adminIds) {
        this(name, claimCap, memberDepartmentIds, memberUserIds, adminIds, "NONE", Map.of());
    }
}
