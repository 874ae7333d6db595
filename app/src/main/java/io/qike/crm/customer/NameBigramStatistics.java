package io.qike.crm.customer;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How common each name bigram is, from PostgreSQL's own statistics on {@code name_bigrams} (the most
 * common elements and their frequencies that ANALYZE keeps). The planner cannot use them for our
 * keyword condition as written, so the search names the one bigram that tells it most.
 *
 * <p>No search ever waits for them: a search reads the snapshot in memory, and without one it uses the plan that
 * needs no statistics. The snapshot is loaded in the background, at start and every ten minutes (after
 * autovacuum's ANALYZE has had its say), by a node-local {@code @Scheduled} task: it is this node's memory, so every
 * node refreshes its own. At a million customers a load took up to a minute before the statistics function was
 * made linear (V60: 39.8 s → 9 ms for 20,000 elements); a search that waited for it stalled for as long.
 */
@Component
class NameBigramStatistics {
    private static final Logger log = LoggerFactory.getLogger(NameBigramStatistics.class);
    private final NameBigramRepository repository;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, Map.of());

    NameBigramStatistics(NameBigramRepository repository) {
        this.repository = repository;
    }

    private record Snapshot(Map<String, Float> frequencies, float floor, Map<Long, Long> tenantSizes) {
    }

    /**
     * The keyword's rarest bigram, or null without statistics. Searching on it alone gives the planner
     * a true estimate: for several bigrams it multiplies their frequencies as if independent, which for
     * 汽车/车服/服务 is off a thousandfold and sends a sales rep's search the wrong way.
     */
    String rarest(Set<String> bigrams) {
        Snapshot s = snapshot;
        if (s.frequencies.isEmpty()) return null;
        return bigrams.stream().min(java.util.Comparator.comparingDouble(b -> s.frequencies.getOrDefault(b, s.floor))).orElse(null);
    }

    /**
     * How common the bigram is among all names (0..1), or -1 without statistics. A bigram outside the most common
     * ones is at most as common as the least common of those.
     */
    double frequency(String bigram) {
        Snapshot s = snapshot;
        if (s.frequencies.isEmpty() || bigram == null) return -1;
        return s.frequencies.getOrDefault(bigram, s.floor);
    }

    /** The enterprise's customers as ANALYZE last estimated them, or -1 when the statistics do not say. */
    long customersOf(Long tenantId) {
        Long size = tenantId == null ? null : snapshot.tenantSizes.get(tenantId);
        return size == null ? -1 : size;
    }

    /** Reads the statistics again (node-local housekeeping; also called after an ANALYZE that should count at once). */
    @Scheduled(initialDelayString = "PT0S", fixedDelayString = "${qike.search.bigram-statistics-refresh:PT10M}")
    void refresh() {
        long started = System.nanoTime();
        NameBigramRepository.Frequencies f = repository.frequencies();
        snapshot = new Snapshot(f.frequencies(), f.floor(), repository.tenantSizes());
        log.debug("Name bigram statistics: {} bigrams in {} ms", f.frequencies().size(), (System.nanoTime() - started) / 1_000_000);
    }
}
