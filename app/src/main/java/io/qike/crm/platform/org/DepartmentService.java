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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department tree (组织架构). */
@Service
public class DepartmentService {
    private final JdbcClient jdbc;
    private final AuditLog audit;

    DepartmentService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Department> list() {
        return jdbc.sql("select id, parent_id, name, sort from department order by sort, id").query(Department.class).list();
    }

    /** Departments in tree order with their depth, for the organisation pages. */
    @RequiresPermission(Permission.ADMIN_ORG)
    public List<Map.Entry<Department, Integer>> tree() {
        List<Department> all = list();
        List<Map.Entry<Department, Integer>> out = new ArrayList<>();
        addChildren(all, null, 0, out);
        return out;
    }

    private void addChildren(List<Department> all, Long parent, int depth, List<Map.Entry<Department, Integer>> out) {
        for (Department d : all) {
            if (java.util.Objects.equals(d.parentId(), parent)) {
                out.add(Map.entry(d, depth));
                addChildren(all, d.id(), depth + 1, out);
            }
        }
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public long create(String name, Long parentId) {
        validate(name, parentId, null);
        long id = jdbc.sql("insert into department(name, parent_id) values (?, ?) returning id")
                .params(name.trim(), parentId).query(Long.class).single();
        audit.record("CREATE", "DEPARTMENT", id, name);
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void rename(long id, String name, Long parentId) {
        Department before = get(id);
        validate(name, parentId, id);
        jdbc.sql("update department set name = ?, parent_id = ? where id = ?").params(name.trim(), parentId, id).update();
        audit.record("UPDATE", "DEPARTMENT", id, name,
                Map.of("name", new AuditLog.Change(before.name(), name.trim())));
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void delete(long id) {
        Department d = get(id);
        int children = jdbc.sql("select count(*) from department where parent_id = ?").param(id).query(Integer.class).single();
        int members = jdbc.sql("select count(*) from app_user where department_id = ?").param(id).query(Integer.class).single();
        if (children > 0 || members > 0) {
            throw new InvalidInputException(FieldProblem.of("id", "department_not_empty"));
        }
        jdbc.sql("delete from department where id = ?").param(id).update();
        audit.record("DELETE", "DEPARTMENT", id, d.name());
    }

    public Department get(long id) {
        return jdbc.sql("select id, parent_id, name, sort from department where id = ?").param(id)
                .query(Department.class).optional().orElseThrow(() -> new NotFoundException("department", id));
    }

    private void validate(String name, Long parentId, Long self) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException(FieldProblem.of("name", name == null || name.isBlank() ? "required" : "too_long", 100));
        }
        if (parentId != null) {
            get(parentId);
            if (self != null && subtreeIds(self).contains(parentId)) {
                throw new InvalidInputException(FieldProblem.of("parentId", "department_cycle"));
            }
        }
    }

    /** A department and all departments below it. */
    public List<Long> subtreeIds(long id) {
        return jdbc.sql("""
                with recursive sub(id) as (select id from department where id = ?
                  union all select d.id from department d join sub on d.parent_id = sub.id)
                select id from sub""").param(id).query(Long.class).list();
    }
}
