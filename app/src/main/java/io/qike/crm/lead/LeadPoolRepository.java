package io.qike.crm.lead;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lead pools with their members and admins. */
@Repository
class LeadPoolRepository {
    private final JdbcClient jdbc;

    LeadPoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LeadPool> all() {
        List<Object[]> rows = jdbc.sql("select id, name, claim_cap, assign_rule from lead_pool order by name, id")
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)}).list();
        if (rows.isEmpty()) return List.of();
        Map<Long, List<Long>> depts = new HashMap<>(), users = new HashMap<>(), admins = new HashMap<>();
        jdbc.sql("select pool_id, department_id, user_id from lead_pool_member order by id").query(rs -> {
            long pool = rs.getLong(1);
            Long dept = rs.getObject(2, Long.class);
            if (dept != null) depts.computeIfAbsent(pool, k -> new ArrayList<>()).add(dept);
            else users.computeIfAbsent(pool, k -> new ArrayList<>()).add(rs.getLong(3));
        });
        Map<Long, Map<String, Long>> targets = new HashMap<>();
        jdbc.sql("select pool_id, match_value, user_id from lead_pool_rule_target order by match_value")
                .query(rs -> { targets.computeIfAbsent(rs.getLong(1), k -> new java.util.LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3)); });
        jdbc.sql("select pool_id, user_id from lead_pool_admin order by user_id")
                .query(rs -> { admins.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)); });
        return rows.stream().map(r -> new LeadPool((Long) r[0], (String) r[1], (Integer) r[2],
                depts.getOrDefault((Long) r[0], List.of()), users.getOrDefault((Long) r[0], List.of()),
                admins.getOrDefault((Long) r[0], List.of()), (String) r[3], targets.getOrDefault((Long) r[0], Map.of()))).toList();
    }

    Optional<LeadPool> find(long id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    /** The pool's row locked, for a change that must see its cap and members as they are until it commits. */
    Optional<Integer> lockCap(long id) {
        return jdbc.sql("select claim_cap from lead_pool where id = ? for share").param(id).query(Integer.class).optional();
    }

    boolean nameTaken(String name, Long selfId) {
        return jdbc.sql("select count(*) from lead_pool where lower(name) = lower(?) and id <> coalesce(?, -1)")
                .params(name, selfId).query(Integer.class).single() > 0;
    }

    long insert(String name, int cap) {
        return jdbc.sql("insert into lead_pool(name, claim_cap) values (?, ?) returning id").params(name, cap).query(Long.class).single();
    }

    void update(long id, String name, int cap) {
        jdbc.sql("update lead_pool set name = ?, claim_cap = ?, updated_at = now() where id = ?").params(name, cap, id).update();
    }

    void replaceRule(long id, String rule, Map<String, Long> targets) {
        jdbc.sql("update lead_pool set assign_rule = ? where id = ?").params(rule, id).update();
        jdbc.sql("delete from lead_pool_rule_target where pool_id = ?").param(id).update();
        targets.forEach((value, user) -> jdbc.sql("insert into lead_pool_rule_target(pool_id, match_value, user_id) values (?, ?, ?)")
                .params(id, value, user).update());
    }

    /** The member round robin chose last, the pool's row locked until the caller commits (one choice at a time). */
    Long lockLastAssigned(long id) {
        return jdbc.sql("select last_assigned_to from lead_pool where id = ? for update").param(id).query(Long.class).list().get(0);
    }

    void lastAssigned(long id, long userId) {
        jdbc.sql("update lead_pool set last_assigned_to = ? where id = ?").params(userId, id).update();
    }

    void replaceMembers(long id, Collection<Long> departments, Collection<Long> users, Collection<Long> admins) {
        jdbc.sql("delete from lead_pool_member where pool_id = ?").param(id).update();
        jdbc.sql("delete from lead_pool_admin where pool_id = ?").param(id).update();
        for (Long d : departments) jdbc.sql("insert into lead_pool_member(pool_id, department_id) values (?, ?)").params(id, d).update();
        for (Long u : users) jdbc.sql("insert into lead_pool_member(pool_id, user_id) values (?, ?)").params(id, u).update();
        for (Long a : admins) jdbc.sql("insert into lead_pool_admin(pool_id, user_id) values (?, ?)").params(id, a).update();
    }

    void delete(long id) {
        jdbc.sql("delete from lead_pool where id = ?").param(id).update();
    }

    /** How many leads belong to the pool (waiting or held). */
    long leads(long id) {
        return jdbc.sql("select count(*) from lead where pool_id = ?").param(id).query(Long.class).single();
    }
}
