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

    long insert(String code, String name) {
        return system.sql("insert into tenant(code, name) values (?, ?) returning id").params(code, name)
                .query(Long.class).single();
    }

    /** Removes a tenant whose organisation was never completed (it has no users yet). */
    void deleteIncomplete(long tenantId) {
        for (String table : List.of("role_permission", "user_role", "role", "department")) {
            system.sql("delete from " + table + " where tenant_id = ?").param(tenantId).update();
        }
        system.sql("delete from tenant where id = ?").param(tenantId).update();
    }
}
