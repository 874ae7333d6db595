package io.qike.crm.pool;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pools, their members and administrators, the caps per role and the recycle rules. Tenant isolation: row-level security. */
@Repository
class PoolRepository {
    private static final String SELECT = """
            select p.id, p.name, p.visible_fields, p.daily_claim_limit, p.cooling_days,
                   coalesce((select array_agg(m.user_id order by m.user_id) from customer_pool_member m
                             where m.pool_id = p.id and m.role = 'MEMBER' and m.user_id is not null), '{}') as member_users,
                   coalesce((select array_agg(m.department_id order by m.department_id) from customer_pool_member m
                             where m.pool_id = p.id and m.role = 'MEMBER' and m.department_id is not null), '{}') as member_departments,
                   coalesce((select array_agg(m.user_id order by m.user_id) from customer_pool_member m
                             where m.pool_id = p.id and m.role = 'ADMIN'), '{}') as admins
            from customer_pool p""";
    private static final String RULE = """
            select id, pool_id, kind, days, levels, warn_days, protect_probability, enabled from customer_pool_rule""";
    private final JdbcClient jdbc;

    PoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pool> list() {
        return jdbc.sql(SELECT + " order by p.id").query(PoolRepository::pool).list();
    }

    Optional<Pool> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(PoolRepository::pool).optional();
    }

    long insert(PoolDraft d, int coolingDays) {
        return jdbc.sql("""
                insert into customer_pool(name, visible_fields, daily_claim_limit, cooling_days) values (?, ?, ?, ?) returning id""")
                .params(d.name(), d.visibleFields().toArray(String[]::new), d.dailyClaimLimit(), coolingDays)
                .query(Long.class).single();
    }

    void update(long id, PoolDraft d, int coolingDays) {
        jdbc.sql("""
                update customer_pool set name = ?, visible_fields = ?, daily_claim_limit = ?, cooling_days = ?, updated_at = now()
                where id = ?""").params(d.name(), d.visibleFields().toArray(String[]::new), d.dailyClaimLimit(), coolingDays, id).update();
    }

    void replaceMembers(long poolId, PoolDraft d) {
        jdbc.sql("delete from customer_pool_member where pool_id = ?").param(poolId).update();
        jdbc.sql("""
                insert into customer_pool_member(pool_id, role, user_id)
                select :pool, 'MEMBER', u from unnest(cast(:members as bigint[])) u
                union select :pool, 'ADMIN', u from unnest(cast(:admins as bigint[])) u""")
                .param("pool", poolId).param("members", d.memberUserIds().toArray(Long[]::new))
                .param("admins", d.adminUserIds().toArray(Long[]::new)).update();
        jdbc.sql("""
                insert into customer_pool_member(pool_id, role, department_id)
                select distinct :pool, 'MEMBER', d from unnest(cast(:departments as bigint[])) d""")
                .param("pool", poolId).param("departments", d.memberDepartmentIds().toArray(Long[]::new)).update();
    }

    boolean nameTaken(String name, Long self) {
        return jdbc.sql("select count(*) from customer_pool where name = ? and id <> coalesce(?, -1)").params(name, self)
                .query(Integer.class).single() > 0;
    }

    void delete(long id) {
        jdbc.sql("delete from customer_pool where id = ?").param(id).update();
    }

    /** Role id to cap, for the roles that have one. */
    Map<Long, Integer> caps() {
        Map<Long, Integer> caps = new HashMap<>();
        jdbc.sql("select role_id, max_customers from customer_pool_role_cap")
                .query(rs -> { caps.put(rs.getLong(1), rs.getInt(2)); });
        return caps;
    }

    void setCap(long roleId, Integer max) {
        if (max == null) {
            jdbc.sql("delete from customer_pool_role_cap where role_id = ?").param(roleId).update();
        } else {
            jdbc.sql("""
                    insert into customer_pool_role_cap(role_id, max_customers) values (?, ?)
                    on conflict (tenant_id, role_id) do update set max_customers = excluded.max_customers""").params(roleId, max).update();
        }
    }

    List<RecycleRule> rules(long poolId) {
        return jdbc.sql(RULE + " where pool_id = ? order by id").param(poolId).query(PoolRepository::rule).list();
    }

    List<RecycleRule> enabledRules() {
        return jdbc.sql(RULE + " where enabled order by id").query(PoolRepository::rule).list();
    }

    Optional<RecycleRule> rule(long id) {
        return jdbc.sql(RULE + " where id = ?").param(id).query(PoolRepository::rule).optional();
    }

    long insertRule(long poolId, RecycleRule r) {
        return jdbc.sql("""
                insert into customer_pool_rule(pool_id, kind, days, levels, warn_days, protect_probability, enabled)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(poolId, r.kind(), r.days(), r.levels().toArray(String[]::new), r.warnDays(), r.protectProbability(), r.enabled())
                .query(Long.class).single();
    }

    void updateRule(long id, RecycleRule r) {
        jdbc.sql("""
                update customer_pool_rule set kind = ?, days = ?, levels = ?, warn_days = ?, protect_probability = ?, enabled = ?
                where id = ?""")
                .params(r.kind(), r.days(), r.levels().toArray(String[]::new), r.warnDays(), r.protectProbability(), r.enabled(), id)
                .update();
    }

    void deleteRule(long id) {
        jdbc.sql("delete from customer_pool_rule where id = ?").param(id).update();
    }

    List<Long> ruleTenants() {
        return jdbc.sql("select tenant_id from qike_pool_rule_tenants()").query(Long.class).list();
    }

    private static Pool pool(ResultSet rs, int i) throws SQLException {
        return new Pool(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("visible_fields")),
                rs.getObject("daily_claim_limit", Integer.class), rs.getInt("cooling_days"), longs(rs.getArray("member_users")),
                longs(rs.getArray("member_departments")), longs(rs.getArray("admins")));
    }

    private static RecycleRule rule(ResultSet rs, int i) throws SQLException {
        return new RecycleRule(rs.getLong("id"), rs.getLong("pool_id"), rs.getString("kind"), rs.getInt("days"),
                strings(rs.getArray("levels")), rs.getInt("warn_days"), rs.getObject("protect_probability", Integer.class),
                rs.getBoolean("enabled"));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static List<Long> longs(Array a) throws SQLException {
        return a == null ? List.of() : new ArrayList<>(Arrays.asList((Long[]) a.getArray()));
    }
}
