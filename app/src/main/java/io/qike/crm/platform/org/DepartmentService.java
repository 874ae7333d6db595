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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department tree (组织架构). */
@Service
public class DepartmentService {
    private final DepartmentRepository departments;
    private final AuditLog audit;

    DepartmentService(DepartmentRepository departments, AuditLog audit) {
        this.departments = departments;
        this.audit = audit;
    }

    public List<Department> list() {
        return departments.list();
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
        long id = departments.insert(name.trim(), parentId);
        audit.record("CREATE", "DEPARTMENT", id, name);
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void rename(long id, String name, Long parentId) {
        Department before = get(id);
        validate(name, parentId, id);
        departments.update(id, name.trim(), parentId);
        audit.record("UPDATE", "DEPARTMENT", id, name,
                Map.of("name", new AuditLog.Change(before.name(), name.trim())));
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public void delete(long id) {
        Department d = get(id);
        int children = departments.countChildren(id);
        int members = departments.countMembers(id);
        if (children > 0 || members > 0) {
            throw new InvalidInputException(FieldProblem.of("id", "department_not_empty"));
        }
        departments.delete(id);
        audit.record("DELETE", "DEPARTMENT", id, d.name());
    }

    public Department get(long id) {
        return departments.find(id).orElseThrow(() -> new NotFoundException("department", id));
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
        return departments.subtreeIds(id);
    }
}
