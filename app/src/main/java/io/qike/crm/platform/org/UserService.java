package io.qike.crm.platform.org;

import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.validation.Text;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.security.AccountStamps;
import io.qike.crm.platform.security.ApiTokens;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the enterprise: create, edit, disable, reset password, assign roles. */
@Service
public class UserService {
    private final UserRepository users;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final DataScopeResolver scopes;
    private final RoleRepository roles;

    private final ApiTokens tokens;
    private final AccountStamps stamps;

    UserService(UserRepository users, DepartmentRepository departments, PasswordEncoder passwords, AuditLog audit,
                DataScopeResolver scopes, RoleRepository roles, ApiTokens tokens, AccountStamps stamps) {
        this.roles = roles;
        this.users = users;
        this.tokens = tokens;
        this.stamps = stamps;
        this.departments = departments;
        this.passwords = passwords;
        this.audit = audit;
        this.scopes = scopes;
    }

    /** Everyone in the tenant: names are needed by every signed-in user (owners, authors, pickers). */
    public List<User> list() {
        return users.list();
    }

    /** The users of these ids (those that exist), by id: names for lists that show a few users, without reading all. */
    public Map<Long, User> byIds(Collection<Long> ids) {
        Map<Long, User> out = new LinkedHashMap<>();
        if (ids.isEmpty()) return out;
        users.byIds(ids.stream().distinct().toArray(Long[]::new)).forEach(u -> out.put(u.id(), u));
        return out;
    }

    @RequiresPermission(Permission.ADMIN_ORG)
    public User get(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public long create(UserForm form) {
        List<FieldProblem> problems = check(form, null);
        if (form.getPassword() == null || form.getPassword().length() < 8) problems.add(FieldProblem.of("password", "password_short", 8));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        long id = users.insert(form.getLogin().trim(), form.getDisplayName().trim(), Text.trimToNull(form.getMobile()), Text.trimToNull(form.getEmail()),
                form.getDepartmentId(), form.getManagerId(), status(form), passwords.encode(form.getPassword()));
        users.replaceRoles(id, form.getRoleIds());
        audit.record("CREATE", "USER", id, form.getLogin());
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void update(long id, UserForm form) {
        User before = get(id);
        List<FieldProblem> problems = check(form, id);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        users.update(id, form.getLogin().trim(), form.getDisplayName().trim(), Text.trimToNull(form.getMobile()), Text.trimToNull(form.getEmail()),
                form.getDepartmentId(), form.getManagerId(), status(form));
        boolean passwordReset = form.getPassword() != null && !form.getPassword().isBlank();
        if (passwordReset) {
            if (form.getPassword().length() < 8) throw new InvalidInputException(FieldProblem.of("password", "password_short", 8));
            users.updatePassword(id, passwords.encode(form.getPassword()));
        }
        users.replaceRoles(id, form.getRoleIds());
        User after = get(id);
        audit.record("UPDATE", "USER", id, after.login(), diff(before, after));
        // A reset password or a disabled account ends the user's sessions and tokens; other changes reach
        // their open sessions on the next request.
        boolean disabled = "ACTIVE".equals(before.status()) && "DISABLED".equals(after.status());
        if (passwordReset || disabled) {
            int revoked = tokens.revokeAllOf(id);
            if (passwordReset) audit.record("PASSWORD_RESET", "USER", id, after.login(), revoked == 0 ? Map.of()
                    : Map.of("revokedTokens", new AuditLog.Change(null, revoked)));
        }
        stamps.forget(id);
        scopes.forgetAll();
    }

    private Map<String, AuditLog.Change> diff(User a, User b) {
        Map<String, AuditLog.Change> changes = new java.util.LinkedHashMap<>();
        put(changes, "displayName", a.displayName(), b.displayName());
        put(changes, "mobile", a.mobile(), b.mobile());
        put(changes, "email", a.email(), b.email());
        put(changes, "department", a.departmentName(), b.departmentName());
        put(changes, "status", a.status(), b.status());
        if (!Objects.equals(a.roleIds(), b.roleIds())) {
            Map<Long, String> names = new java.util.HashMap<>();
            roles.list().forEach(r -> names.put(r.id(), r.name()));
            put(changes, "roles", a.roleIds().stream().map(id -> names.getOrDefault(id, "#" + id)).toList(),
                    b.roleIds().stream().map(id -> names.getOrDefault(id, "#" + id)).toList());
        }
        return changes;
    }

    private static void put(Map<String, AuditLog.Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) changes.put(field, new AuditLog.Change(before, after));
    }

    private List<FieldProblem> check(UserForm form, Long self) {
        List<FieldProblem> problems = new ArrayList<>(UserFormChecks.of(form));
        if (form.getLogin() != null && users.loginTaken(form.getLogin().trim(), self)) problems.add(FieldProblem.of("login", "login_taken"));
        if (form.getDepartmentId() != null && !departments.exists(form.getDepartmentId())) {
            problems.add(FieldProblem.of("departmentId", "not_found"));
        }
        if (form.getManagerId() != null && (form.getManagerId().equals(self) || !users.exists(form.getManagerId()))) {
            problems.add(FieldProblem.of("managerId", "not_found"));
        }
        if (!List.of("ACTIVE", "DISABLED").contains(form.getStatus())) problems.add(FieldProblem.of("status", "invalid_option"));
        return problems;
    }

    private static String status(UserForm form) {
        return form.getStatus() == null ? "ACTIVE" : form.getStatus();
    }
}
