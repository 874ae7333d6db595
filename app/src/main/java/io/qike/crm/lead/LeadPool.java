package io.qike.crm.lead;

import java.util.List;

/**
 * A lead pool (线索池): its members (departments, with those below them, and users), its admins, and the most of its
 * leads one member may hold at a time ({@code claimCap}).
 */
public record LeadPool(long id, String name, int claimCap, List<Long> memberDepartmentIds, List<Long> memberUserIds,
                       List<Long> adminIds) {
}
