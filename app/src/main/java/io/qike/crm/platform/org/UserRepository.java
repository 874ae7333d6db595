package io.qike.crm.platform.org;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User rows of the current tenant (row-level security) and their roles. */
@Repository
class UserRepository {
    private static final String SELECT = """
            select u.id, u.login, u.display_name, u.mobile, u.email, u.department_id, d.name as department_name,
                   u.manager_id, u.status,
                   coalesce((select array_agg(role_id order by role_id) from user_role ur where ur.user_id = u.id), '{}') as role_ids
            from app_user u left join department d on d.id = u.department_id""";
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<User> list() {
        return jdbc.sql(SELECT + " order by u.id").query((rs, i) -> map(rs)).list();
    }

    List<User> byIds(Long[] ids) {
        return jdbc.sql(SELECT + " where u.id = any(?) order by u.id").param(ids).query((rs, i) -> map(rs)).list();
    }

    Optional<User> find(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query((rs, i) -> map(rs)).optional();
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from app_user where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /** Whether another user of any tenant has this login (login names are unique across tenants). */
    boolean loginTaken(String login, Long except) {
        return jdbc.sql("select count(*) from app_user_login_taken(?, ?)").params(login, except)
                .query(Integer.class).single() > 0;
    }

    long insert(String login, String displayName, String mobile, String email, Long departmentId, Long managerId,
                String status, String passwordHash) {
        return jdbc.sql("""
                insert into app_user(login, display_name, mobile, email, department_id, manager_id, status, password_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(login, displayName, mobile, email, departmentId, managerId, status, passwordHash)
                .query(Long.class).single();
    }

    /** An active user with only the essentials (provisioning, seeding). */
    long insert(String login, String displayName, Long departmentId, Long managerId, String passwordHash) {
        return jdbc.sql("""
                insert into app_user(login, display_name, department_id, manager_id, password_hash)
                values (?, ?, ?, ?, ?) returning id""")
                .params(login, displayName, departmentId, managerId, passwordHash).query(Long.class).single();
    }

    /**
     * Moves the security version (open sessions take the change on their next request); disabling the
     * account also moves the credentials version, which ends its sessions.
     */
    void update(long id, String login, String displayName, String mobile, String email, Long departmentId, Long managerId,
                String status) {
        jdbc.sql("""
                update app_user set login = ?, display_name = ?, mobile = ?, email = ?, department_id = ?, manager_id = ?,
                  credentials_version = credentials_version + case when status = 'ACTIVE' and ? = 'DISABLED' then 1 else 0 end,
                  status = ?, security_version = security_version + 1
                where id = ?""")
                .params(login, displayName, mobile, email, departmentId, managerId, status, status, id).update();
    }

    /** A new password ends the user's sessions (credentials version) and clears their failed attempts. */
    void updatePassword(long id, String passwordHash) {
        jdbc.sql("""
                update app_user set password_hash = ?, failed_logins = 0, security_version = security_version + 1,
                  credentials_version = credentials_version + 1 where id = ?""")
                .params(passwordHash, id).update();
    }

    void addRole(long userId, long roleId) {
        jdbc.sql("insert into user_role(user_id, role_id) values (?, ?)").params(userId, roleId).update();
    }

    /** Sets the user's roles; ids of roles the tenant does not have are ignored. */
    void replaceRoles(long userId, List<Long> roleIds) {
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        for (Long roleId : roleIds) {
            jdbc.sql("insert into user_role(user_id, role_id) select ?, id from role where id = ?").params(userId, roleId).update();
        }
    }

    /** The user and everyone who reports to them, directly or not. */
    List<Long> team(long userId) {
        return jdbc.sql("""
                with recursive team(id) as (select ?::bigint
                  union select u.id from app_user u join team on u.manager_id = team.id)
                select id from team""").param(userId).query(Long.class).list();
    }

    /** The users of a department (and, if asked, of the departments below it), plus the given user. */
    List<Long> inDepartment(long departmentId, long userId, boolean withChildren) {
        String departments = withChildren ? """
                with recursive sub(id) as (select ?::bigint
                  union all select d.id from department d join sub on d.parent_id = sub.id) select id from sub"""
                : "select ?::bigint";
        return jdbc.sql("select id from app_user where department_id in (" + departments + ") union select ?")
                .params(departmentId, userId).query(Long.class).list();
    }

    private static User map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long dept = rs.getObject("department_id", Long.class);
        Long manager = rs.getObject("manager_id", Long.class);
        List<Long> roles = List.of((Long[]) rs.getArray("role_ids").getArray());
        return new User(rs.getLong("id"), rs.getString("login"), rs.getString("display_name"), rs.getString("mobile"),
                rs.getString("email"), dept, rs.getString("department_name"), manager, rs.getString("status"), roles);
    }
}
