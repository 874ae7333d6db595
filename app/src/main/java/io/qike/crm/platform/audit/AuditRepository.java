package io.qike.crm.platform.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audit log rows of the current tenant (row-level security). */
@Repository
class AuditRepository {
    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Long userId, String userName, String action, String objectType, Long objectId, String objectName,
                String changesJson) {
        jdbc.sql("""
                insert into audit_log(user_id, user_name, action, object_type, object_id, object_name, changes)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(userId, userName, action, objectType, objectId, objectName, changesJson)
                .update();
    }

    void insertAll(Long userId, String userName, String action, String objectType, Long[] objectIds, String[] objectNames,
                   String[] changesJson) {
        jdbc.sql("""
                insert into audit_log(user_id, user_name, action, object_type, object_id, object_name, changes)
                select ?, ?, ?, ?, i.object_id, i.object_name, cast(i.changes as jsonb)
                from unnest(?::bigint[], ?::text[], ?::text[]) as i(object_id, object_name, changes)""")
                .params(userId, userName, action, objectType, objectIds, objectNames, changesJson)
                .update();
    }

    List<AuditEntry> search(String q, String objectType, String action, String userName, int page, int size, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, at, user_name, action, object_type, object_id, object_name, changes::text as changes
                from audit_log where true""");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            sql.append(" and (object_name ilike :q or user_name ilike :q)");
            params.put("q", io.qike.crm.platform.validation.Like.contains(q));
        }
        if (objectType != null && !objectType.isBlank()) { sql.append(" and object_type = :type"); params.put("type", objectType); }
        if (action != null && !action.isBlank()) { sql.append(" and action = :action"); params.put("action", action); }
        if (userName != null && !userName.isBlank()) { sql.append(" and user_name = :user"); params.put("user", userName); }
        sql.append(" order by at desc, id desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", Math.max(0, page) * size);
        return jdbc.sql(sql.toString()).params(params).query(AuditEntry.class).list();
    }

    List<String> userNames() {
        return new ArrayList<>(jdbc.sql("select distinct user_name from audit_log order by 1").query(String.class).list());
    }

    List<String> objectTypes() {
        return new ArrayList<>(jdbc.sql("select distinct object_type from audit_log order by 1").query(String.class).list());
    }
}
