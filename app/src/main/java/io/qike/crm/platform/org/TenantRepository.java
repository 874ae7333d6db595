package io.qike.crm.platform.org;

import io.qike.crm.platform.database.SystemDatabase;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenant rows, on the owner's connection: an enterprise is created and looked up from outside any tenant. */
@Repository
class TenantRepository {
    private final JdbcClient system;

    TenantRepository(SystemDatabase system) {
        this.system = system.jdbc();
    }

    Optional<Long> findId(String code) {
        return system.sql("select id from tenant where code = ?").param(code).query(Long.class).optional();
    }

    int countUsers(long tenantId) {
        return system.sql("select count(*) from app_user where tenant_id = ?").param(tenantId).query(Integer.class).single();
    }

    long insert(String code, String name, String timeZone) {
        return system.sql("insert into tenant(code, name, time_zone) values (?, ?, ?) returning id").params(code, name, timeZone)
                .query(Long.class).single();
    }

    private static final String SELECT = """
            select t.id, t.code, t.name, t.status, t.time_zone,
                   (select count(*) from app_user u where u.tenant_id = t.id) as users, t.created_at
            from tenant t""";

    List<Enterprise> list() {
        return system.sql(SELECT + " order by t.id").query(Enterprise.class).list();
    }

    Optional<Enterprise> find(String code) {
        return system.sql(SELECT + " where t.code = ?").param(code).query(Enterprise.class).optional();
    }

    Optional<String> timeZone(long tenantId) {
        return system.sql("select time_zone from tenant where id = ?").param(tenantId).query(String.class).optional();
    }

    Optional<String> duplicateHint(long tenantId) {
        return system.sql("select duplicate_hint from tenant where id = ?").param(tenantId).query(String.class).optional();
    }

    void setDuplicateHint(long tenantId, String hint) {
        system.sql("update tenant set duplicate_hint = ? where id = ?").params(hint, tenantId).update();
    }

    void setTimeZone(long tenantId, String zone) {
        system.sql("update tenant set time_zone = ? where id = ?").params(zone, tenantId).update();
    }

    Optional<Enterprise> find(long tenantId) {
        return system.sql(SELECT + " where t.id = ?").param(tenantId).query(Enterprise.class).optional();
    }

    /** Sets the status; false when there is no such tenant. */
    boolean setStatus(String code, String status) {
        return system.sql("update tenant set status = ?, status_changed_at = now() where code = ?").params(status, code).update() > 0;
    }

    List<Long> disabledIds() {
        return system.sql("select id from tenant where status = 'DISABLED'").query(Long.class).list();
    }

    /** Removes a tenant whose organisation was never completed (it has no users yet). */
    void deleteIncomplete(long tenantId) {
        for (String table : List.of("role_permission", "user_role", "role", "department")) {
            system.sql("delete from " + table + " where tenant_id = ?").param(tenantId).update();
        }
        system.sql("delete from tenant where id = ?").param(tenantId).update();
    }
}
