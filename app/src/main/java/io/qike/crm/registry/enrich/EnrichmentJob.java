package io.qike.crm.registry.enrich;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A background enrichment (工商批量补全) or scheduled refresh: its customers counted by outcome, so
 * the progress bar is {@code done / total}. PAUSED means the providers could not answer (budget,
 * quota, outage); the scheduler resumes it later.
 */
public record EnrichmentJob(long id, String kind, String status, int total, Map<String, Integer> counts, String message,
                           OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    /** Customers finished, whatever the outcome. */
    public int done() {
        return counts.entrySet().stream().filter(e -> !e.getKey().equals("PENDING") && !e.getKey().equals("CLAIMED"))
                .mapToInt(Map.Entry::getValue).sum();
    }

    public int percent() {
        return total == 0 ? 100 : done() * 100 / total;
    }

    public int count(String status) {
        return counts.getOrDefault(status, 0);
    }
}
