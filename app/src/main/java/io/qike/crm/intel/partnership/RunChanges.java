package io.qike.crm.intel.partnership;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What changed since the previous run over some of the same companies, looking only at pairs of companies
 * that both runs covered: relations found now and not then, and relations found then and not now.
 */
public record RunChanges(Long previousRunId, OffsetDateTime previousAt, List<Relation> added, List<Relation> removed) {
    public static RunChanges none() {
        return new RunChanges(null, null, List.of(), List.of());
    }

    /** The keys of the added relations, to mark them in a table. */
    public java.util.Set<String> addedKeys() {
        return added.stream().map(Relation::key).collect(java.util.stream.Collectors.toSet());
    }
}
