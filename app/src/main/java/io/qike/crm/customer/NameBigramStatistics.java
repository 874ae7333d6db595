package io.qike.crm.customer;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * How common each name bigram is, from PostgreSQL's own statistics on {@code name_bigrams} (the most
 * common elements and their frequencies that ANALYZE keeps). The planner cannot use them for our
 * keyword condition as written, so the search names the one bigram that tells it most.
 */
@Component
class NameBigramStatistics {
    private static final Duration REFRESH = Duration.ofMinutes(10);
    private final NameBigramRepository repository;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, 0);

    NameBigramStatistics(NameBigramRepository repository) {
        this.repository = repository;
    }

    private record Snapshot(Map<String, Float> frequencies, float floor, long loadedAt) {
    }

    /**
     * The keyword's rarest bigram, or null without statistics. Searching on it alone gives the planner
     * a true estimate: for several bigrams it multiplies their frequencies as if independent, which for
     * 汽车/车服/服务 is off a thousandfold and sends a sales rep's search the wrong way.
     */
    String rarest(Set<String> bigrams) {
        Snapshot s = current();
        if (s.frequencies.isEmpty()) return null;
        return bigrams.stream().min(java.util.Comparator.comparingDouble(b -> s.frequencies.getOrDefault(b, s.floor))).orElse(null);
    }

    /** Reads the statistics again now (after an ANALYZE), instead of at the next refresh. */
    void refresh() {
        snapshot = load();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (System.currentTimeMillis() - s.loadedAt < REFRESH.toMillis()) return s;
        synchronized (this) {
            if (snapshot != s) return snapshot;
            snapshot = load();
            return snapshot;
        }
    }

    private Snapshot load() {
        NameBigramRepository.Frequencies f = repository.frequencies();
        return new Snapshot(f.frequencies(), f.floor(), System.currentTimeMillis());
    }
}
