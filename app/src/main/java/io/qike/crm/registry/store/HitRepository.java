package io.qike.crm.registry.store;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Daily counts of lookups the cache answered, per provider and kind (search / detail). */
@Repository
public class HitRepository {
    /** One day's hits of one provider and kind. */
    public record Row(LocalDate day, String provider, String kind, long hits) {
    }

    private final JdbcClient jdbc;

    HitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(LocalDate day, String provider, String kind, long hits) {
        jdbc.sql("""
                insert into registry_cache_hits(day, provider, kind, hits) values (?, ?, ?, ?)
                on conflict (tenant_id, day, provider, kind) do update set hits = registry_cache_hits.hits + excluded.hits""")
                .params(day, provider, kind, hits).update();
    }

    public List<Row> between(LocalDate from, LocalDate to) {
        return jdbc.sql("select day, provider, kind, hits from registry_cache_hits where day between ? and ? order by day desc, provider, kind")
                .params(from, to).query((rs, i) -> new Row(rs.getObject("day", LocalDate.class), rs.getString("provider"),
                        rs.getString("kind"), rs.getLong("hits"))).list();
    }
}
