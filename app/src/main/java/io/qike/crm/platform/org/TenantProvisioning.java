package io.qike.crm.platform.org;

import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.NewTenantDefaults;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.TenantContext;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates an enterprise (tenant) with its head office, the three standard roles and an admin. */
@Service
public class TenantProvisioning {
    public record NewTenant(long tenantId, long adminUserId, long headOfficeId, long adminRoleId, long managerRoleId,
                            long salesRoleId) {
    }

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final TenantRepository tenants;
    private final DepartmentRepository departments;
    private final RoleRepository roles;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate tx;
    private final ObjectProvider<NewTenantDefaults> defaults;

    TenantProvisioning(TenantRepository tenants, DepartmentRepository departments, RoleRepository roles, UserRepository users,
                       PasswordEncoder passwords, TransactionTemplate tx, ObjectProvider<NewTenantDefaults> defaults) {
        this.defaults = defaults;
        this.tenants = tenants;
        this.departments = departments;
        this.roles = roles;
        this.users = users;
        this.passwords = passwords;
        this.tx = tx;
    }

    public Optional<Long> findTenant(String code) {
        return tenants.findId(code);
    }

    /** True when the tenant exists and its provisioning finished (it has an admin). */
    public boolean isComplete(long tenantId) {
        return tenants.countUsers(tenantId) > 0;
    }

    /**
     * Creates the tenant row (owner connection) and then its organisation in one tenant transaction;
     * if the second part fails, the tenant row is removed again so that a retry starts clean.
     */
    public NewTenant create(String code, String name, String adminLogin, String adminPassword) {
        return create(code, name, adminLogin, adminPassword, DEFAULT_TIME_ZONE);
    }

    /** As {@link #create(String, String, String, String)}, for an enterprise whose days are counted in the given zone. */
    public NewTenant create(String code, String name, String adminLogin, String adminPassword, ZoneId timeZone) {
        findTenant(code).filter(id -> !isComplete(id)).ifPresent(this::discardIncomplete);
        long tenantId = tenants.insert(code, name, timeZone.getId());
        try {
            return organise(tenantId, name, adminLogin, adminPassword);
        } catch (RuntimeException e) {
            discardIncomplete(tenantId);
            throw e;
        }
    }

    /** A first password for an administrator, for when the operator gives none; shown once. */
    public static String newPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void discardIncomplete(long tenantId) {
        tenants.deleteIncomplete(tenantId);
    }

    private NewTenant organise(long tenantId, String name, String adminLogin, String adminPassword) {
        return TenantContext.callAs(tenantId, () -> tx.execute(s -> {
            long head = departments.insertRoot(name);
            long admin = role("管理员", DataScope.ALL, Permission.codes(p -> true), true);
            List<String> crm = Permission.codes(p -> !p.administrative());
            long manager = role("销售经理", DataScope.DEPARTMENT_AND_CHILDREN, crm, true);
            // Sales reps may look companies up in the registry, but 关系挖掘 spends more and is the manager's call.
            long sales = role("销售", DataScope.SELF, Permission.codes(p -> p.onRecords()
                    && List.of("view", "create", "edit", "export").contains(p.action()) || p == Permission.REGISTRY_LOOKUP
                    || p == Permission.POOL_CLAIM || p == Permission.POOL_RETURN || p == Permission.LEAD_CONVERT), true);
            long adminUser = user(adminLogin, "管理员", head, null, adminPassword, admin);
            defaults.orderedStream().forEach(d -> d.seed(tenantId)); // the modules' defaults (a sales process, …)
            return new NewTenant(tenantId, adminUser, head, admin, manager, sales);
        }));
    }

    /** Adds a user inside the current tenant context (seeding and tests). */
    public long user(String login, String displayName, Long departmentId, Long managerId, String password, long roleId) {
        long id = users.insert(login, displayName, departmentId, managerId, passwords.encode(password));
        users.addRole(id, roleId);
        return id;
    }

    private long role(String name, DataScope scope, List<String> permissions, boolean builtin) {
        long id = roles.insert(name, scope, builtin);
        roles.addPermissions(id, permissions);
        return id;
    }
}
