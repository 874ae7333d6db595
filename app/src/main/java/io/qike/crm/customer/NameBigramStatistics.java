package io.qike.crm.customer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common each name bigram is, from PostgreSQL's own statistics on {@code name_bigrams} (the most
 * common elements and their frequencies that ANALYZE keeps). The planner cannot use them for our
 * keyword condition under row-level security, so the search picks its strategy itself: a frequent
 * keyword walks the newest customers and filters, a rare one goes through the bigram index.
 */
@Component
class NameBigramStatistics {
    private static final Duration REFRESH = Duration.ofMinutes(10);
    private final JdbcClient jdbc;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, 0);

    NameBigramStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(Map<String, Float> frequencies, float floor, long loadedAt) {
    }

    /**
     * An upper bound of the share of customers whose name holds every bigram: the frequency of the
     * rarest one. A bigram missing from the statistics is rarer than the rarest one listed.
     * 0 when there are no statistics yet (a small or new database: the index is always right there).
     */
    double share(Set<String> bigrams) {
        Snapshot s = current();
        if (s.frequencies.isEmpty() || bigrams.isEmpty()) return 0;
        double min = 1;
        for (String b : bigrams) min = Math.min(min, s.frequencies.getOrDefault(b, s.floor));
        return min;
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
        Map<String, Float> frequencies = new HashMap<>();
        float[] floor = {0};
        try {
            jdbc.sql("select bigram, frequency, floor from qike_name_bigram_stats()")
                    .query(rs -> {
                        frequencies.put(rs.getString("bigram"), rs.getFloat("frequency"));
                        floor[0] = rs.getFloat("floor");
                    });
        } catch (RuntimeException noStatistics) {
            frequencies.clear();
        }
        return new Snapshot(Map.copyOf(frequencies), floor[0], System.currentTimeMillis());
    }
}
