package io.qike.crm.customer;

import io.qike.crm.platform.VisibleOwners;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customer ids by rule, for {@link CustomerSelections}. Tenant isolation comes from row-level security. */
@Repository
class CustomerSelectionRepository {
    private final JdbcClient jdbc;

    CustomerSelectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> visibleAmong(Collection<Long> ids, VisibleOwners visible) {
        return jdbc.sql("select c.id from customer c where c.id = any(:ids) and " + visible.sqlCondition("c.owner_id")
                        + " order by c.id")
                .param("ids", ids.toArray(Long[]::new)).params(visible.parameters()).query(Long.class).list();
    }

    java.util.Map<Long, String> lookupKeywordsWithoutRegistryData(Collection<Long> ids, VisibleOwners visible) {
        java.util.Map<Long, String> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select c.id, coalesce(c.credit_code, c.name) as keyword from customer c where c.id = any(:ids)"
                        + " and c.registry_fetched_at is null and " + visible.sqlCondition("c.owner_id") + " order by c.id")
                .param("ids", ids.toArray(Long[]::new)).params(visible.parameters())
                .query((rs, i) -> out.put(rs.getLong("id"), rs.getString("keyword"))).list();
        return out;
    }

    List<Long> registryDataOlderThan(int days, Collection<Long> except, int limit) {
        return jdbc.sql("""
                select c.id from customer c where c.registry_fetched_at < now() - make_interval(days => :days)
                  and c.id <> all(:except)
                order by c.registry_fetched_at limit :limit""")
                .param("days", days).param("except", except.toArray(Long[]::new)).param("limit", limit).query(Long.class).list();
    }

    List<Long> withoutCreditCode(VisibleOwners visible, int limit) {
        return jdbc.sql("select c.id from customer c where c.credit_code is null and c.registry_fetched_at is null and "
                        + visible.sqlCondition("c.owner_id") + " order by c.id limit :limit")
                .params(visible.parameters()).param("limit", limit).query(Long.class).list();
    }
}
