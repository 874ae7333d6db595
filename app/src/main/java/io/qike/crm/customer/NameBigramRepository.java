package io.qike.crm.customer;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PostgreSQL's statistics on the customers' name bigrams, see {@link NameBigramStatistics}. */
@Repository
class NameBigramRepository {
    /** The frequencies of the most common bigrams, and the frequency assumed for any other. */
    record Frequencies(Map<String, Float> frequencies, float floor) {
    }

    private final JdbcClient jdbc;

    NameBigramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when ANALYZE has not gathered statistics yet. */
    Frequencies frequencies() {
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
        return new Frequencies(Map.copyOf(frequencies), floor[0]);
    }

    /** Each enterprise's customers as ANALYZE estimates them (its most common tenants); empty without statistics. */
    Map<Long, Long> tenantSizes() {
        Map<Long, Long> sizes = new HashMap<>();
        try {
            jdbc.sql("select tenant_id, customers from qike_customer_tenant_sizes()")
                    .query(rs -> {
                        sizes.put(rs.getLong("tenant_id"), rs.getLong("customers"));
                    });
        } catch (RuntimeException noStatistics) {
            sizes.clear();
        }
        return Map.copyOf(sizes);
    }
}
