package io.qike.crm.pool;

import java.util.List;

/**
 * 回收规则: owned customers of these levels (empty: every level) go into the pool after {@code days} days without a
 * follow-up ({@code NO_FOLLOW_UP}) or without a won opportunity ({@code NO_WON}), counted from the latest of that event,
 * the owner's getting the customer from a pool and the customer's creation; never while an open opportunity's
 * probability is at least {@code protectProbability} (null: no protection). The owner is warned {@code warnDays} before.
 */
public record RecycleRule(long id, long poolId, String kind, int days, List<String> levels, int warnDays,
                          Integer protectProbability, boolean enabled) {
    public static final List<String> KINDS = List.of("NO_FOLLOW_UP", "NO_WON");

    public RecycleRule {
        levels = List.copyOf(levels);
    }
}
