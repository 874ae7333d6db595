package io.qike.crm.wecom.binding;

import cn.idev.excel.FastExcel;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.RoleService;
import io.qike.crm.platform.org.User;
import io.qike.crm.platform.org.UserForm;
import io.qike.crm.platform.org.UserService;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 批量绑定 from an xlsx mapping (columns 企业微信账号 and Qike 登录名, in any order, by their header), and "create Qike
 * users for these members". Each row or member says what happened; the good ones are bound, the bad ones skipped.
 */
@Service
public class BulkBinding {
    /** What happened to one row (its number as Excel shows it) or member: BOUND, ALREADY, or a reason it was skipped. */
    public record RowOutcome(int row, String userid, String login, String outcome) {
        public boolean bound() {
            return "BOUND".equals(outcome) || "ALREADY".equals(outcome) || "CREATED".equals(outcome);
        }
    }

    static final int MAX_ROWS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final BindingRepository store;
    private final UserService users;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final RoleService roles;

    BulkBinding(BindingRepository store, UserService users, AuditLog audit, TransactionTemplate tx, RoleService roles) {
        this.tx = tx;
        this.roles = roles;
        this.store = store;
        this.users = users;
        this.audit = audit;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_WECOM)
    public List<RowOutcome> fromXlsx(InputStream xlsx) {
        List<Map<Integer, String>> rows;
        try {
            rows = FastExcel.read(xlsx).sheet(0).headRowNumber(0).doReadSync();
        } catch (RuntimeException e) {
            throw new InvalidInputException(FieldProblem.of("file", "wecom_mapping_unreadable"));
        }
        if (rows.isEmpty()) throw new InvalidInputException(FieldProblem.of("file", "wecom_mapping_columns"));
        Integer useridCol = null;
        Integer loginCol = null;
        for (Map.Entry<Integer, String> h : rows.get(0).entrySet()) {
            String name = h.getValue() == null ? "" : h.getValue().replaceAll("\\s", "").toLowerCase();
            if (name.contains("企业微信") || name.contains("userid") || name.contains("wecom")) useridCol = h.getKey();
            else if (name.contains("登录名") || name.contains("login")) loginCol = h.getKey();
        }
        if (useridCol == null || loginCol == null) throw new InvalidInputException(FieldProblem.of("file", "wecom_mapping_columns"));
        if (rows.size() - 1 > MAX_ROWS) throw new InvalidInputException(FieldProblem.of("file", "wecom_mapping_too_many", MAX_ROWS));
        Map<String, User> byLogin = new HashMap<>();
        users.list().forEach(u -> byLogin.put(u.login().toLowerCase(), u));
        Map<Long, String> boundUser = new HashMap<>();
        for (Long id : store.boundUsers()) store.useridOf(id).ifPresent(u -> boundUser.put(id, u));
        Set<String> seenMembers = new HashSet<>();
        List<RowOutcome> out = new ArrayList<>();
        long me = CurrentUser.require().userId();
        int bound = 0;
        for (int i = 1; i < rows.size(); i++) {
            String userid = trim(rows.get(i).get(useridCol));
            String login = trim(rows.get(i).get(loginCol));
            if (userid == null && login == null) continue;
            String outcome = outcome(userid, login, byLogin, boundUser, seenMembers);
            if ("BOUND".equals(outcome)) {
                User u = byLogin.get(login.toLowerCase());
                store.unbind(userid);
                store.bind(userid, u.id(), me);
                boundUser.put(u.id(), userid);
                bound++;
            }
            out.add(new RowOutcome(i + 1, userid, login, outcome));
        }
        audit.record("WECOM_BULK_BIND", "USER", null, null, Map.of("rows", new AuditLog.Change(null, bound)));
        return out;
    }

    private String outcome(String userid, String login, Map<String, User> byLogin, Map<Long, String> boundUser, Set<String> seen) {
        if (userid == null) return "NO_USERID";
        if (login == null) return "NO_LOGIN";
        if (!seen.add(userid)) return "DUPLICATE";
        if (store.member(userid).isEmpty()) return "UNKNOWN_MEMBER";
        User u = byLogin.get(login.toLowerCase());
        if (u == null || !"ACTIVE".equals(u.status())) return "UNKNOWN_USER";
        String already = boundUser.get(u.id());
        if (userid.equals(already)) return "ALREADY";
        if (already != null) return "USER_BOUND_ELSEWHERE";
        return "BOUND";
    }

    /**
     * Creates a Qike user for each unbound member (login = the WeCom userid, the role the admin chose) and binds them,
     * each member in a transaction of its own so that a login taken elsewhere skips that member only.
     */
    @RequiresPermission(Permission.ADMIN_WECOM)
    public List<RowOutcome> createUsers(List<String> userids, Long roleId) {
        if (roleId == null) throw new InvalidInputException(FieldProblem.of("roleId", "required"));
        // A role of another enterprise would make users without any role; who may not create users learns it per member.
        if (CurrentUser.require().can(Permission.ADMIN_ORG) && roles.list().stream().noneMatch(r -> r.id() == roleId)) {
            throw new InvalidInputException(FieldProblem.of("roleId", "not_found"));
        }
        List<RowOutcome> out = new ArrayList<>();
        long me = CurrentUser.require().userId();
        int n = 0;
        for (String userid : userids == null ? List.<String>of() : userids) {
            n++;
            MemberLine m = store.member(userid).orElse(null);
            if (m == null) {
                out.add(new RowOutcome(n, userid, null, "UNKNOWN_MEMBER"));
                continue;
            }
            if (m.userId() != null) {
                out.add(new RowOutcome(n, userid, null, "ALREADY"));
                continue;
            }
            UserForm form = new UserForm();
            form.setLogin(userid);
            form.setDisplayName(m.name());
            form.setMobile(m.mobile());
            form.setEmail(m.email());
            form.setStatus("ACTIVE");
            form.setRoleIds(List.of(roleId));
            // They sign in through WeCom; the password is only there because every account has one.
            form.setPassword(randomPassword());
            try {
                tx.executeWithoutResult(st -> {
                    long id = users.create(form);
                    store.bind(userid, id, me);
                    audit.record("WECOM_BIND", "USER", id, userid, Map.of("wecomUserid", new AuditLog.Change(null, userid)));
                });
                out.add(new RowOutcome(n, userid, userid, "CREATED"));
            } catch (InvalidInputException e) {
                boolean taken = e.problems().stream().anyMatch(p -> "login_taken".equals(p.code()));
                out.add(new RowOutcome(n, userid, userid, taken ? "LOGIN_TAKEN" : "USER_INVALID"));
            } catch (AccessDeniedException e) {
                out.add(new RowOutcome(n, userid, userid, "NO_RIGHT_TO_CREATE_USERS"));
            }
        }
        return out;
    }

    private static String randomPassword() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return java.util.Base64.getUrlEncoder().encodeToString(b);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
