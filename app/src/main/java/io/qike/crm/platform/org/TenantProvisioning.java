package io.qike.crm.platform.org;

import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.database.SystemDatabase;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates an enterprise (tenant) with its head office, the three standard roles and an admin. */
@Service
public class TenantProvisioning {
    public record NewTenant(long tenantId, long adminUserId, long headOfficeId, long adminRoleId, long managerRoleId,
                            long salesRoleId) {
    }

    private final JdbcClient system;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;

    TenantProvisioning(SystemDatabase system, JdbcClient jdbc, PasswordEncoder passwords, TransactionTemplate tx) {
        this.system = system.jdbc();
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.tx = tx;
    }

    public Optional<Long> findTenant(String code) {
        return system.sql("select id from tenant where code = ?").param(code).query(Long.class).optional();
    }

    /** True when the tenant exists and its provisioning finished (it has an admin). */
    public boolean isComplete(long tenantId) {
        return system.sql("select count(*) from app_user where tenant_id = ?").param(tenantId).query(Integer.class).single() > 0;
    }

    /**
     * Creates the tenant row (owner connection) and then its organisation in one tenant transaction;
     * if the second part fails, the tenant row is removed again so that a retry starts clean.
     */
    public NewTenant create(String code, String name, String adminLogin, String adminPassword) {
        findTenant(code).filter(id -> !isComplete(id)).ifPresent(this::discardIncomplete);
        long tenantId = system.sql("insert into tenant(code, name) values (?, ?) returning id").params(code, name)
                .query(Long.class).single();
        try {
            return organise(tenantId, name, adminLogin, adminPassword);
        } catch (RuntimeException e) {
            discardIncomplete(tenantId);
            throw e;
        }
    }

    private void discardIncomplete(long tenantId) {
        for (String table : List.of("role_permission", "user_role", "role", "department")) {
            system.sql("delete from " + table + " where tenant_id = ?").param(tenantId).update();
        }
        system.sql("delete from tenant where id = ?").param(tenantId).update();
    }

    private NewTenant organise(long tenantId, String name, String adminLogin, String adminPassword) {
        return TenantContext.callAs(tenantId, () -> tx.execute(s -> {
            long head = jdbc.sql("insert into department(name) values (?) returning id").param(name).query(Long.class).single();
            long admin = role("管理员", DataScope.ALL, Permission.codes(p -> true), true);
            List<String> crm = Permission.codes(p -> !p.administrative());
            long manager = role("销售经理", DataScope.DEPARTMENT_AND_CHILDREN, crm, true);
            long sales = role("销售", DataScope.SELF, Permission.codes(p -> p.onRecords()
                    && List.of("view", "create", "edit", "export").contains(p.action())), true);
            long adminUser = user(adminLogin, "管理员", head, null, adminPassword, admin);
            return new NewTenant(tenantId, adminUser, head, admin, manager, sales);
        }));
    }

    /** Adds a user inside the current tenant context (seeding and tests). */
    public long user(String login, String displayName, Long departmentId, Long managerId, String password, long roleId) {
        long id = jdbc.sql("""
                insert into app_user(login, display_name, department_id, manager_id, password_hash)
                values (?, ?, ?, ?, ?) returning id""")
                .params(login, displayName, departmentId, managerId, passwords.encode(password)).query(Long.class).single();
        jdbc.sql("insert into user_role(user_id, role_id) values (?, ?)").params(id, roleId).update();
        return id;
    }

    private long role(String name, DataScope scope, List<String> permissions, boolean builtin) {
        long id = jdbc.sql("insert into role(name, data_scope, builtin) values (?, ?, ?) returning id")
                .params(name, scope.name(), builtin).query(Long.class).single();
        for (String p : permissions) {
            jdbc.sql("insert into role_permission(role_id, permission) values (?, ?)").params(id, p).update();
        }
        return id;
    }
}
