package io.qike.crm.pool;

import java.util.List;

/**
 * A public pool (公海): its members (users, and departments with the departments below them), its administrators, the
 * fields members see before they claim ({@link PoolFields}), the daily claim limit per user (null: none) and the days a
 * user waits before claiming again a customer they returned.
 */
public record Pool(long id, String name, List<String> visibleFields, Integer dailyClaimLimit, int coolingDays,
                   List<Long> memberUserIds, List<Long> memberDepartmentIds, List<Long> adminUserIds) {
    public Pool {
        visibleFields = List.copyOf(visibleFields);
        memberUserIds = List.copyOf(memberUserIds);
        memberDepartmentIds = List.copyOf(memberDepartmentIds);
        adminUserIds = List.copyOf(adminUserIds);
    }
}
