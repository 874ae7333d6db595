package io.qike.crm.registry;

import java.util.List;

/** The answer to a registry search: the candidates (empty unless FOUND) and how the lookup went. */
public record RegistrySearch(LookupOutcome outcome, List<RegistryCandidate> candidates) {
    public RegistrySearch {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
