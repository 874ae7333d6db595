package io.qike.crm.platform.org;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.DataScope;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles (角色权限管理) with their function permissions and data scope (数据权限管理). */
@Service
public class RoleService {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final DataScopeResolver scopes;

    RoleService(JdbcClient jdbc, AuditLog audit, DataScopeResolver scopes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scopes = scopes;
    }

    @RequiresPermission(Permission.ADMIN_ORG)
    public List<Role> list() {
        Map<Long, Set<String>> perms = new HashMap<>();
        jdbc.sql("select role_id, permission from role_permission").query((rs, i) ->
                perms.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2))).list();
        return jdbc.sql("select id, name, data_scope, builtin from role order by id").query((rs, i) -> new Role(
                rs.getLong("id"), rs.getString("name"), DataScope.valueOf(rs.getString("data_scope")),
                rs.getBoolean("builtin"), perms.getOrDefault(rs.getLong("id"), Set.of()))).list();
    }

    @RequiresPermission(Permission.ADMIN_ORG)
    public Role get(long id) {
        return list().stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFoundException("role", id));
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public long create(String name, DataScope scope, Set<String> permissions) {
        validate(name, scope, permissions, null);
        long id = jdbc.sql("insert into role(name, data_scope) values (?, ?) returning id").params(name.trim(), scope.name())
                .query(Long.class).single();
        setPermissions(id, permissions);
        audit.record("CREATE", "ROLE", id, name);
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void update(long id, String name, DataScope scope, Set<String> permissions) {
        Role before = get(id);
        validate(name, scope, permissions, id);
        jdbc.sql("update role set name = ?, data_scope = ? where id = ?").params(name.trim(), scope.name(), id).update();
        setPermissions(id, permissions);
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
        jdbc.sql("delete from role where id = ?").param(id).update();
        audit.record("DELETE", "ROLE", id, role.name());
        scopes.forgetAll();
    }

    private void setPermissions(long roleId, Set<String> permissions) {
        jdbc.sql("delete from role_permission where role_id = ?").param(roleId).update();
        for (String p : permissions) {
            jdbc.sql("insert into role_permission(role_id, permission) values (?, ?)").params(roleId, p).update();
        }
    }

    private void validate(String name, DataScope scope, Set<String> permissions, Long self) {
        if (name == null || name.isBlank()) throw new InvalidInputException(FieldProblem.of("name", "required"));
        if (name.length() > 64) throw new InvalidInputException(FieldProblem.of("name", "too_long", 64));
        if (scope == null) throw new InvalidInputException(FieldProblem.of("dataScope", "required"));
        for (String p : permissions) {
            if (Permission.ofCode(p).isEmpty()) throw new InvalidInputException(FieldProblem.of("permissions", "invalid_option"));
        }
        Integer clash = jdbc.sql("select count(*) from role where name = ? and id <> coalesce(?, -1)")
                .params(name.trim(), self).query(Integer.class).single();
        if (clash > 0) throw new InvalidInputException(FieldProblem.of("name", "name_taken"));
    }
}
