package io.qike.crm.registry;

import java.util.List;

/**
 * One page of a registry search: the candidates (empty unless FOUND), how the lookup went, the number of hits the
 * provider reports for the whole search (its own total, not the length of this page) and the page (from 1).
 */
public record RegistrySearch(LookupOutcome outcome, List<RegistryCandidate> candidates, long total, int page) {
    /** Hits a page: every provider pages by 20 (天眼查 pageSize at most 20, 企查查 pageSize 20, 启信宝 skip by 20). */
    public static final int PAGE_SIZE = 20;

    public RegistrySearch {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        page = Math.max(page, 1);
        // A provider that reports no total still has at least the hits shown so far.
        if (!candidates.isEmpty()) total = Math.max(total, (long) (page - 1) * PAGE_SIZE + candidates.size());
    }

    public RegistrySearch(LookupOutcome outcome, List<RegistryCandidate> candidates) {
        this(outcome, candidates, candidates == null ? 0 : candidates.size(), 1);
    }

    public int pages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean hasNext() {
        return outcome.found() && page < pages();
    }
}
