package io.qike.crm.customer;

import io.qike.crm.platform.VisibleOwners;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's counts of customers, within the given owners. */
@Repository
class CustomerStatsRepository {
    private final JdbcClient jdbc;

    CustomerStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long total(VisibleOwners v) {
        return jdbc.sql("select count(*) from customer c where " + v.sqlCondition("c.owner_id")).params(v.parameters())
                .query(Long.class).single();
    }

    Map<String, Long> byLevel(VisibleOwners v) {
        Map<String, Long> byLevel = new LinkedHashMap<>();
        jdbc.sql("select coalesce(c.level, '-') as level, count(*) from customer c where " + v.sqlCondition("c.owner_id")
                        + " group by 1 order by 1")
                .params(v.parameters()).query((rs, i) -> byLevel.put(rs.getString(1), rs.getLong(2))).list();
        return byLevel;
    }

    /** New customers in each of the last twelve months of the enterprise's calendar (its zone), oldest first. */
    Map<String, Long> newByMonth(VisibleOwners v, ZoneId zone) {
        Map<String, Long> byMonth = new LinkedHashMap<>();
        jdbc.sql("""
                select to_char(m, 'YYYY-MM'), (select count(*) from customer c where %s
                    and c.created_at >= (m at time zone :zone) and c.created_at < ((m + interval '1 month') at time zone :zone))
                from generate_series(date_trunc('month', now() at time zone :zone) - interval '11 months',
                                     date_trunc('month', now() at time zone :zone), interval '1 month') m
                """.formatted(v.sqlCondition("c.owner_id"))).params(v.parameters()).param("zone", zone.getId())
                .query((rs, i) -> byMonth.put(rs.getString(1), rs.getLong(2))).list();
        return byMonth;
    }
}
