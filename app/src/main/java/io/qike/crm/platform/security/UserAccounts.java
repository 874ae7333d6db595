package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.database.SystemDatabase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds accounts across tenants for login and token resolution, and keeps the lock-out counter:
 * after {@value #MAX_FAILURES} wrong passwords in a row an account is locked for 15 minutes.
 */
@Component
public class UserAccounts implements UserDetailsService {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_TIME = Duration.ofMinutes(15);
    private final JdbcClient jdbc;

    UserAccounts(SystemDatabase system) {
        this.jdbc = system.jdbc();
    }

    @Override
    public QikeUser loadUserByUsername(String login) {
        return findByLogin(login).orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }

    public Optional<QikeUser> findByLogin(String login) {
        return jdbc.sql("select id from app_user where lower(login) = lower(?)").param(login == null ? "" : login.trim())
                .query(Long.class).optional().flatMap(this::findById);
    }

    /** The account, read before its permissions: a second query while the first is open would hold two owner connections. */
    public Optional<QikeUser> findById(long userId) {
        Optional<QikeUser> account = jdbc.sql("""
                select id, tenant_id, department_id, login, display_name, password_hash, status,
                       coalesce(locked_until > now(), false) as locked
                from app_user where id = ?""").param(userId).query((rs, i) -> new QikeUser(
                rs.getLong("id"), rs.getLong("tenant_id"), rs.getObject("department_id", Long.class), rs.getString("login"),
                rs.getString("display_name"), Set.of(), rs.getString("password_hash"),
                "ACTIVE".equals(rs.getString("status")), rs.getBoolean("locked"))).optional();
        return account.map(u -> new QikeUser(u.userId(), u.tenantId(), u.departmentId(), u.login(), u.displayName(),
                permissionsOf(u.userId()), u.passwordHash(), u.active(), u.locked()));
    }

    private Set<String> permissionsOf(long userId) {
        return new TreeSet<>(jdbc.sql("""
                select distinct rp.permission from role_permission rp join user_role ur on ur.role_id = rp.role_id
                where ur.user_id = ?""").param(userId).query(String.class).list());
    }

    void recordFailure(String login) {
        jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1,
                  locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                where lower(login) = lower(?)""")
                .params(MAX_FAILURES, OffsetDateTime.now().plus(LOCK_TIME), login == null ? "" : login.trim()).update();
    }

    void recordSuccess(long userId) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = ?").param(userId).update();
    }
}
