package io.qike.crm.lead;

import java.util.List;
import java.util.Map;

/**
 * A lead pool (线索池): its members (departments, with those below them, and users), its admins, the most of its
 * leads one member may hold at a time ({@code claimCap}), and how its new leads get an owner ({@code assignRule}:
 * NONE, ROUND_ROBIN, REGION or SOURCE, with {@code targets}: region or source → member).
 */
public record LeadPool(long id, String name, int claimCap, List<Long> memberDepartmentIds, List<Long> memberUserIds,
                       List<Long> adminIds, String assignRule, Map<String, Long> targets) {
    public static final List<String> RULES = List.of("NONE", "ROUND_ROBIN", "REGION", "SOURCE");
}
