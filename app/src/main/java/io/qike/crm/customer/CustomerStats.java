package io.qike.crm.customer;

import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Figures for the dashboard, within the user's data scope. */
@Service
public class CustomerStats {
    public record Summary(long total, Map<String, Long> byLevel, Map<String, Long> newByMonth) {
    }

    private final JdbcClient jdbc;
    private final DataScopes scopes;

    CustomerStats(JdbcClient jdbc, DataScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public Summary summary() {
        VisibleOwners v = scopes.current();
        String where = " where " + v.sqlCondition("owner_id");
        long total = jdbc.sql("select count(*) from customer" + where).params(v.parameters()).query(Long.class).single();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        jdbc.sql("select coalesce(level, '-') as level, count(*) from customer" + where + " group by 1 order by 1")
                .params(v.parameters()).query((rs, i) -> byLevel.put(rs.getString(1), rs.getLong(2))).list();
        Map<String, Long> byMonth = new LinkedHashMap<>();
        jdbc.sql("""
                select to_char(m, 'YYYY-MM'), (select count(*) from customer c %s and c.created_at >= m and c.created_at < m + interval '1 month')
                from generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()), interval '1 month') m
                """.formatted(where.replace("owner_id", "c.owner_id"))).params(v.parameters())
                .query((rs, i) -> byMonth.put(rs.getString(1), rs.getLong(2))).list();
        return new Summary(total, byLevel, byMonth);
    }
}
