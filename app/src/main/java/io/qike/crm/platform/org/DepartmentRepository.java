package io.qike.crm.platform.org;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Department rows of the current tenant (row-level security). */
@Repository
class DepartmentRepository {
    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Department> list() {
        return jdbc.sql("select id, parent_id, name, sort from department order by sort, id").query(Department.class).list();
    }

    Optional<Department> find(long id) {
        return jdbc.sql("select id, parent_id, name, sort from department where id = ?").param(id)
                .query(Department.class).optional();
    }

    boolean exists(long id) {
        return jdbc.sql("select count(*) from department where id = ?").param(id).query(Integer.class).single() > 0;
    }

    long insert(String name, Long parentId) {
        return jdbc.sql("insert into department(name, parent_id) values (?, ?) returning id")
                .params(name, parentId).query(Long.class).single();
    }

    /** The head office of a new enterprise. */
    long insertRoot(String name) {
        return jdbc.sql("insert into department(name) values (?) returning id").param(name).query(Long.class).single();
    }

    void update(long id, String name, Long parentId) {
        jdbc.sql("update department set name = ?, parent_id = ? where id = ?").params(name, parentId, id).update();
    }

    int countChildren(long id) {
        return jdbc.sql("select count(*) from department where parent_id = ?").param(id).query(Integer.class).single();
    }

    int countMembers(long id) {
        return jdbc.sql("select count(*) from app_user where department_id = ?").param(id).query(Integer.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from department where id = ?").param(id).update();
    }

    /** A department and all departments below it. */
    List<Long> subtreeIds(long id) {
        return jdbc.sql("""
                with recursive sub(id) as (select id from department where id = ?
                  union all select d.id from department d join sub on d.parent_id = sub.id)
                select id from sub""").param(id).query(Long.class).list();
    }
}
