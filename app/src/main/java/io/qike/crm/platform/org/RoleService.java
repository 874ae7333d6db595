package io.qike.crm.platform.org;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.security.AccountStamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles (角色权限管理) with their function permissions and data scope (数据权限管理). */
@Service
public class RoleService {
    private final RoleRepository roles;
    private final AuditLog audit;
    private final DataScopeResolver scopes;

    private final AccountStamps stamps;

    RoleService(RoleRepository roles, AuditLog audit, DataScopeResolver scopes, AccountStamps stamps) {
        this.roles = roles;
        this.stamps = stamps;
        this.audit = audit;
        this.scopes = scopes;
    }

    @RequiresPermission(Permission.ADMIN_ORG)
    public List<Role> list() {
        return roles.list();
    }

    @RequiresPermission(Permission.ADMIN_ORG)
    public Role get(long id) {
        return list().stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFoundException("role", id));
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public long create(String name, DataScope scope, Set<String> permissions) {
        validate(name, scope, permissions, null);
        long id = roles.insert(name.trim(), scope);
        roles.replacePermissions(id, permissions);
        audit.record("CREATE", "ROLE", id, name);
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void update(long id, String name, DataScope scope, Set<String> permissions) {
        Role before = get(id);
        validate(name, scope, permissions, id);
        roles.update(id, name.trim(), scope);
        roles.replacePermissions(id, permissions);
        roles.touchUsersOf(id);
        stamps.forgetAll();
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        if (!before.name().equals(name.trim())) changes.put("name", new AuditLog.Change(before.name(), name.trim()));
        if (before.dataScope() != scope) changes.put("dataScope", new AuditLog.Change(before.dataScope(), scope));
        if (!before.permissions().equals(new TreeSet<>(permissions))) {
            changes.put("permissions", new AuditLog.Change(before.permissions(), new TreeSet<>(permissions)));
        }
        audit.record("UPDATE", "ROLE", id, name, changes);
        scopes.forgetAll();
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void delete(long id) {
        Role role = get(id);
        if (role.builtin()) throw new InvalidInputException(FieldProblem.of("id", "role_builtin"));
        roles.touchUsersOf(id);
        stamps.forgetAll();
        roles.delete(id);
        audit.record("DELETE", "ROLE", id, role.name());
        scopes.forgetAll();
    }

    private void validate(String name, DataScope scope, Set<String> permissions, Long self) {
        if (name == null || name.isBlank()) throw new InvalidInputException(FieldProblem.of("name", "required"));
        if (name.length() > 64) throw new InvalidInputException(FieldProblem.of("name", "too_long", 64));
        if (scope == null) throw new InvalidInputException(FieldProblem.of("dataScope", "required"));
        for (String p : permissions) {
            if (Permission.ofCode(p).isEmpty()) throw new InvalidInputException(FieldProblem.of("permissions", "invalid_option"));
        }
        if (roles.countNamed(name.trim(), self) > 0) throw new InvalidInputException(FieldProblem.of("name", "name_taken"));
    }
}
