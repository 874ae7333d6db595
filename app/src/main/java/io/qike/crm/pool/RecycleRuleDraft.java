package io.qike.crm.pool;

import java.util.List;

/** What an administrator enters for a recycle rule (see {@link RecycleRule}). */
public record RecycleRuleDraft(String kind, Integer days, List<String> levels, Integer warnDays, Integer protectProbability,
                               Boolean enabled) {
    public RecycleRuleDraft {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
