package io.qike.crm.platform.org;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the enterprise: create, edit, disable, reset password, assign roles. */
@Service
public class UserService {
    private static final String SELECT = """
            select u.id, u.login, u.display_name, u.mobile, u.email, u.department_id, d.name as department_name,
                   u.manager_id, u.status,
                   coalesce((select array_agg(role_id order by role_id) from user_role ur where ur.user_id = u.id), '{}') as role_ids
            from app_user u left join department d on d.id = u.department_id""";
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final DataScopeResolver scopes;

    UserService(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, DataScopeResolver scopes) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.scopes = scopes;
    }

    /** Everyone in the tenant: names are needed by every signed-in user (owners, authors, pickers). */
    public List<User> list() {
        return jdbc.sql(SELECT + " order by u.id").query((rs, i) -> map(rs)).list();
    }

    @RequiresPermission(Permission.ADMIN_ORG)
    public User get(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query((rs, i) -> map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public long create(UserForm form) {
        List<FieldProblem> problems = check(form, null);
        if (form.getPassword() == null || form.getPassword().length() < 8) problems.add(FieldProblem.of("password", "password_short", 8));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        long id = jdbc.sql("""
                insert into app_user(login, display_name, mobile, email, department_id, manager_id, status, password_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.getLogin().trim(), form.getDisplayName().trim(), blank(form.getMobile()), blank(form.getEmail()),
                        form.getDepartmentId(), form.getManagerId(), status(form), passwords.encode(form.getPassword()))
                .query(Long.class).single();
        setRoles(id, form.getRoleIds());
        audit.record("CREATE", "USER", id, form.getLogin());
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void update(long id, UserForm form) {
        User before = get(id);
        List<FieldProblem> problems = check(form, id);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        jdbc.sql("""
                update app_user set login = ?, display_name = ?, mobile = ?, email = ?, department_id = ?, manager_id = ?, status = ?
                where id = ?""")
                .params(form.getLogin().trim(), form.getDisplayName().trim(), blank(form.getMobile()), blank(form.getEmail()),
                        form.getDepartmentId(), form.getManagerId(), status(form), id).update();
        if (form.getPassword() != null && !form.getPassword().isBlank()) {
            if (form.getPassword().length() < 8) throw new InvalidInputException(FieldProblem.of("password", "password_short", 8));
            jdbc.sql("update app_user set password_hash = ?, failed_logins = 0, locked_until = null where id = ?")
                    .params(passwords.encode(form.getPassword()), id).update();
        }
        setRoles(id, form.getRoleIds());
        User after = get(id);
        audit.record("UPDATE", "USER", id, after.login(), diff(before, after));
        scopes.forgetAll();
    }

    private Map<String, AuditLog.Change> diff(User a, User b) {
        Map<String, AuditLog.Change> changes = new java.util.LinkedHashMap<>();
        put(changes, "displayName", a.displayName(), b.displayName());
        put(changes, "mobile", a.mobile(), b.mobile());
        put(changes, "email", a.email(), b.email());
        put(changes, "department", a.departmentName(), b.departmentName());
        put(changes, "status", a.status(), b.status());
        put(changes, "roles", a.roleIds(), b.roleIds());
        return changes;
    }

    private static void put(Map<String, AuditLog.Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) changes.put(field, new AuditLog.Change(before, after));
    }

    private void setRoles(long userId, List<Long> roleIds) {
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        for (Long roleId : roleIds) {
            jdbc.sql("insert into user_role(user_id, role_id) select ?, id from role where id = ?").params(userId, roleId).update();
        }
    }

    private List<FieldProblem> check(UserForm form, Long self) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer taken = jdbc.sql("select count(*) from app_user_login_taken(?, ?)").params(form.getLogin().trim(), self)
                .query(Integer.class).single();
        if (taken > 0) problems.add(FieldProblem.of("login", "login_taken"));
        if (form.getDepartmentId() != null && jdbc.sql("select count(*) from department where id = ?")
                .param(form.getDepartmentId()).query(Integer.class).single() == 0) {
            problems.add(FieldProblem.of("departmentId", "not_found"));
        }
        if (form.getManagerId() != null && (form.getManagerId().equals(self) || jdbc.sql("select count(*) from app_user where id = ?")
                .param(form.getManagerId()).query(Integer.class).single() == 0)) {
            problems.add(FieldProblem.of("managerId", "not_found"));
        }
        if (!List.of("ACTIVE", "DISABLED").contains(form.getStatus())) problems.add(FieldProblem.of("status", "invalid_option"));
        return problems;
    }

    private static String status(UserForm form) {
        return form.getStatus() == null ? "ACTIVE" : form.getStatus();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static User map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long dept = rs.getObject("department_id", Long.class);
        Long manager = rs.getObject("manager_id", Long.class);
        List<Long> roles = List.of((Long[]) rs.getArray("role_ids").getArray());
        return new User(rs.getLong("id"), rs.getString("login"), rs.getString("display_name"), rs.getString("mobile"),
                rs.getString("email"), dept, rs.getString("department_name"), manager, rs.getString("status"), roles);
    }
}
