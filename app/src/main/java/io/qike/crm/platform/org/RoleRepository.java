package io.qike.crm.platform.org;

import io.qike.crm.platform.DataScope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles, their permissions, and the roles of users, in the current tenant (row-level security). */
@Repository
class RoleRepository {
    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Role> list() {
        Map<Long, Set<String>> perms = new HashMap<>();
        jdbc.sql("select role_id, permission from role_permission").query((rs, i) ->
                perms.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2))).list();
        return jdbc.sql("select id, name, data_scope, builtin from role order by id").query((rs, i) -> new Role(
                rs.getLong("id"), rs.getString("name"), DataScope.valueOf(rs.getString("data_scope")),
                rs.getBoolean("builtin"), perms.getOrDefault(rs.getLong("id"), Set.of()))).list();
    }

    long insert(String name, DataScope scope) {
        return jdbc.sql("insert into role(name, data_scope) values (?, ?) returning id").params(name, scope.name())
                .query(Long.class).single();
    }

    long insert(String name, DataScope scope, boolean builtin) {
        return jdbc.sql("insert into role(name, data_scope, builtin) values (?, ?, ?) returning id")
                .params(name, scope.name(), builtin).query(Long.class).single();
    }

    void update(long id, String name, DataScope scope) {
        jdbc.sql("update role set name = ?, data_scope = ? where id = ?").params(name, scope.name(), id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from role where id = ?").param(id).update();
    }

    int countNamed(String name, Long except) {
        return jdbc.sql("select count(*) from role where name = ? and id <> coalesce(?, -1)")
                .params(name, except).query(Integer.class).single();
    }

    void addPermissions(long roleId, Collection<String> permissions) {
        for (String p : permissions) {
            jdbc.sql("insert into role_permission(role_id, permission) values (?, ?)").params(roleId, p).update();
        }
    }

    void replacePermissions(long roleId, Collection<String> permissions) {
        jdbc.sql("delete from role_permission where role_id = ?").param(roleId).update();
        addPermissions(roleId, permissions);
    }

    /** Moves the security version of the role's users, so that their sessions and tokens take the change on their next request. */
    void touchUsersOf(long roleId) {
        jdbc.sql("update app_user set security_version = security_version + 1 where id in (select user_id from user_role where role_id = ?)")
                .param(roleId).update();
    }

    /** The data scope of each role the user has. */
    List<DataScope> dataScopesOf(long userId) {
        return jdbc.sql("select r.data_scope from role r join user_role ur on ur.role_id = r.id where ur.user_id = ?")
                .param(userId).query(String.class).list().stream().map(DataScope::valueOf).toList();
    }
}
