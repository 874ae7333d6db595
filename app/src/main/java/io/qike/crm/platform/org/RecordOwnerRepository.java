package io.qike.crm.platform.org;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users' side of {@link RecordOwners}; the tenant is the connection's (row-level security). */
@Repository
class RecordOwnerRepository {
    private final JdbcClient jdbc;

    RecordOwnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isActive(long userId) {
        return jdbc.sql("select count(*) from app_user where id = ? and status = 'ACTIVE'").param(userId).query(Integer.class).single() > 0;
    }

    Map<Long, Long> activeDepartments() {
        Map<Long, Long> departments = new HashMap<>();
        jdbc.sql("select id, department_id from app_user where status = 'ACTIVE'")
                .query(rs -> { departments.put(rs.getLong(1), rs.getObject(2, Long.class)); });
        return departments;
    }

    Long departmentOf(long userId) {
        return jdbc.sql("select department_id from app_user where id = ?").param(userId).query(Long.class).optional().orElse(null);
    }

    List<Long> inDepartments(Collection<Long> departmentIds) {
        return jdbc.sql("select id from app_user where department_id = any(?)").param(departmentIds.toArray(Long[]::new))
                .query(Long.class).list();
    }

    List<Long> activeWith(String permissionCode) {
        return jdbc.sql("""
                select distinct u.id from app_user u join user_role ur on ur.user_id = u.id
                join role_permission rp on rp.role_id = ur.role_id
                where u.status = 'ACTIVE' and rp.permission = ? order by u.id""").param(permissionCode).query(Long.class).list();
    }

    Map<Long, String> names(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from app_user where id = any(?)").param(userIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> { names.put(rs.getLong(1), rs.getString(2)); });
        return names;
    }

    List<Long> rolesOf(long userId) {
        return jdbc.sql("select role_id from user_role where user_id = ? order by role_id").param(userId).query(Long.class).list();
    }

    Map<Long, String> roleNames() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select id, name from role order by id").query(rs -> { names.put(rs.getLong(1), rs.getString(2)); });
        return names;
    }
}
