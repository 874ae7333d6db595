package io.qike.crm.pool;

import java.util.List;

/** What an administrator enters for a pool (see {@link Pool}); null lists are empty. */
public record PoolDraft(String name, List<String> visibleFields, Integer dailyClaimLimit, Integer coolingDays,
                        List<Long> memberUserIds, List<Long> memberDepartmentIds, List<Long> adminUserIds) {
    public PoolDraft {
        visibleFields = visibleFields == null ? List.of() : List.copyOf(visibleFields);
        memberUserIds = memberUserIds == null ? List.of() : List.copyOf(memberUserIds);
        memberDepartmentIds = memberDepartmentIds == null ? List.of() : List.copyOf(memberDepartmentIds);
        adminUserIds = adminUserIds == null ? List.of() : List.copyOf(adminUserIds);
    }
}
