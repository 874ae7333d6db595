package io.qike.crm.platform.org;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;

/**
 * Who may own a record (a customer, a contact, …) and the owners' names for display. One rule for every
 * module: a record is yours unless you name another owner; naming one takes the module's assign
 * permission, and the owner must be an active user of the tenant.
 */
@Component
public class RecordOwners {
    private final RecordOwnerRepository repository;
    private final DepartmentRepository departments;

    RecordOwners(RecordOwnerRepository repository, DepartmentRepository departments) {
        this.repository = repository;
        this.departments = departments;
    }

    /** The owner for a record {@code me} saves with {@code requested} as its owner; rejects the input if not allowed. */
    public long assign(Long requested, QikeUser me, Permission assignPermission) {
        Optional<FieldProblem> problem = problem(requested, me, assignPermission, repository::isActive);
        if (problem.isPresent()) throw new InvalidInputException(problem.get());
        return requested == null ? me.userId() : requested;
    }

    /** The tenant's active users and their departments, read once for a bulk check (an import). */
    public Candidates candidates() {
        return new Candidates(repository.activeDepartments());
    }

    /** The department a record owned by this user belongs to. */
    public Long departmentOf(long userId) {
        return repository.departmentOf(userId);
    }

    /**
     * The users in this department or one below it now (active or not), for a list's 负责人部门 filter: a record
     * follows its owner's department today, whatever department it was filed under when it was saved.
     */
    public List<Long> inDepartment(long departmentId) {
        return repository.inDepartments(departments.subtreeIds(departmentId));
    }

    /** The tenant's active users whose roles grant this permission (who to tell about an administrative matter). */
    public List<Long> activeWith(io.qike.crm.platform.Permission permission) {
        return repository.activeWith(permission.code());
    }

    /** The enterprise's roles, id to name (for a setting per role kept by another module). */
    public Map<Long, String> roleNames() {
        return repository.roleNames();
    }

    /** The ids of the user's roles (a limit set per role, such as the most customers one may own). */
    public List<Long> rolesOf(long userId) {
        return repository.rolesOf(userId);
    }

    /** Display names of these users (active or not: old records keep showing who owned them). */
    public Map<Long, String> names(Collection<Long> userIds) {
        return userIds.isEmpty() ? Map.of() : repository.names(userIds);
    }

    /** The tenant's active users, with their departments (null for none). */
    public static final class Candidates {
        private final Map<Long, Long> departments;

        Candidates(Map<Long, Long> departments) {
            this.departments = departments;
        }

        /** The problem with {@code requested} as owner, if any; the caller then keeps {@code me} as owner. */
        public Optional<FieldProblem> problem(Long requested, QikeUser me, Permission assignPermission) {
            return RecordOwners.problem(requested, me, assignPermission, departments::containsKey);
        }

        public Long departmentOf(long userId) {
            return departments.get(userId);
        }

        public Map<Long, Long> departments() {
            return departments;
        }
    }

    private static Optional<FieldProblem> problem(Long requested, QikeUser me, Permission assignPermission, LongPredicate active) {
        if (requested == null || requested == me.userId()) return Optional.empty();
        if (!me.can(assignPermission)) return Optional.of(FieldProblem.of("ownerId", "assign_forbidden"));
        if (!active.test(requested)) return Optional.of(FieldProblem.of("ownerId", "not_found"));
        return Optional.empty();
    }
}
