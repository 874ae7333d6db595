package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.database.SystemDatabase;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts across tenants, on the owner's connection: at login no tenant is known yet. */
@Repository
class UserAccountRepository {
    private final JdbcClient jdbc;

    UserAccountRepository(SystemDatabase system) {
        this.jdbc = system.jdbc();
    }

    Optional<Long> findId(String login) {
        return jdbc.sql("select id from app_user where lower(login) = lower(?)").param(login).query(Long.class).optional();
    }

    /** The account without its permissions; it is active only while both the user and their enterprise are. */
    Optional<QikeUser> find(long userId) {
        return jdbc.sql("""
                select u.id, u.tenant_id, u.department_id, u.login, u.display_name, u.password_hash,
                       u.status = 'ACTIVE' and t.status = 'ACTIVE' as active,
                       coalesce(u.locked_until > now(), false) as locked
                from app_user u join tenant t on t.id = u.tenant_id where u.id = ?""").param(userId).query((rs, i) -> new QikeUser(
                rs.getLong("id"), rs.getLong("tenant_id"), rs.getObject("department_id", Long.class), rs.getString("login"),
                rs.getString("display_name"), Set.of(), rs.getString("password_hash"),
                rs.getBoolean("active"), rs.getBoolean("locked"))).optional();
    }

    Set<String> permissionsOf(long userId) {
        return new TreeSet<>(jdbc.sql("""
                select distinct rp.permission from role_permission rp join user_role ur on ur.role_id = rp.role_id
                where ur.user_id = ?""").param(userId).query(String.class).list());
    }

    void recordFailure(String login, int maxFailures, OffsetDateTime lockUntil) {
        jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1,
                  locked_until = case when failed_logins + 1 >= ? then ? else locked_until end
                where lower(login) = lower(?)""")
                .params(maxFailures, lockUntil, login).update();
    }

    void recordSuccess(long userId) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = ?").param(userId).update();
    }
}
