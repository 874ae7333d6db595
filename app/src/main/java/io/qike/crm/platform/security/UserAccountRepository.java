package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.database.SystemDatabase;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts across tenants, on the owner's connection: at login no tenant is known yet. */
@Repository
class UserAccountRepository {
    /** An account a failed sign-in named. */
    record NamedAccount(long userId, long tenantId, String login) {
    }

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
                       u.status = 'ACTIVE' and t.status = 'ACTIVE' as active, u.security_version, u.credentials_version
                from app_user u join tenant t on t.id = u.tenant_id where u.id = ?""").param(userId).query((rs, i) -> new QikeUser(
                rs.getLong("id"), rs.getLong("tenant_id"), rs.getObject("department_id", Long.class), rs.getString("login"),
                rs.getString("display_name"), Set.of(), rs.getString("password_hash"),
                rs.getBoolean("active"), rs.getLong("security_version"), rs.getLong("credentials_version"))).optional();
    }

    /** The account's current state, read on every request batch: one row by primary key. */
    Optional<AccountStamps.Stamp> stamp(long userId) {
        return jdbc.sql("""
                select u.status = 'ACTIVE' and t.status = 'ACTIVE' as active, u.security_version, u.credentials_version
                from app_user u join tenant t on t.id = u.tenant_id where u.id = ?""").param(userId)
                .query((rs, i) -> new AccountStamps.Stamp(rs.getBoolean("active"), rs.getLong("security_version"),
                        rs.getLong("credentials_version"))).optional();
    }

    Set<String> permissionsOf(long userId) {
        return new TreeSet<>(jdbc.sql("""
                select distinct rp.permission from role_permission rp join user_role ur on ur.role_id = rp.role_id
                where ur.user_id = ?""").param(userId).query(String.class).list());
    }

    /** Counts a failed attempt on the named account, if there is one, for its owner to see at the next sign-in. */
    Optional<NamedAccount> recordFailure(String login) {
        return jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1 where lower(login) = lower(?)
                returning id, tenant_id, login""").param(login)
                .query((rs, i) -> new NamedAccount(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("login"))).optional();
    }

    /** Clears the failed attempts and answers how many there were since the previous sign-in. */
    int recordSuccess(long userId) {
        return jdbc.sql("""
                update app_user u set failed_logins = 0 from (select id, failed_logins from app_user where id = ?) before
                where u.id = before.id returning before.failed_logins""")
                .param(userId).query(Integer.class).optional().orElse(0);
    }
}
