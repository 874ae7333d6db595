package io.qike.crm.registry.enrich;

import io.qike.crm.platform.jobs.BackgroundJob;
import java.util.Map;
import java.util.Set;

/**
 * A background enrichment (工商批量补全) or scheduled refresh as users see it: the platform job, and its
 * customers counted by outcome. PAUSED is a job the providers stopped (budget, quota, outage) — on the
 * platform it ended FAILED, and the scheduler hands its waiting customers to a new job later;
 * {@code message} is then the stored {@link PauseReason}, otherwise the platform's error, if any.
 */
public record EnrichmentJob(long id, String kind, String status, Map<String, Integer> counts, String message, Long continuedIn,
                            BackgroundJob job) {
    /** Outcomes of customers this job has not finished (waiting, handed on, cancelled). */
    private static final Set<String> NOT_DONE = Set.of("PENDING", "CONTINUED", "CANCELLED");

    /** @param continuedIn the job that took over this one's waiting customers, once the scheduler handed them on */
    static EnrichmentJob of(BackgroundJob job, Map<String, Integer> counts, Long continuedIn) {
        String kind = Boolean.TRUE.equals(job.params().get("refresh")) ? "REFRESH" : "ENRICH";
        boolean paused = job.result().get("paused") instanceof String;
        String status = switch (job.status()) {
            case QUEUED, RUNNING -> "RUNNING";
            case DONE -> "DONE";
            case CANCELLED -> "CANCELLED";
            case FAILED -> paused ? "PAUSED" : "FAILED";
        };
        return new EnrichmentJob(job.id(), kind, status, counts, paused ? (String) job.result().get("paused") : job.errorMessage(),
                continuedIn, job);
    }

    /** Customers listed in the job. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Customers finished, whatever the outcome. */
    public int done() {
        return counts.entrySet().stream().filter(e -> !NOT_DONE.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    public int percent() {
        return total() == 0 ? 100 : done() * 100 / total();
    }

    public int count(String status) {
        return counts.getOrDefault(status, 0);
    }
}
