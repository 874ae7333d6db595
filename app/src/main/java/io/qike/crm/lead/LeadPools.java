package io.qike.crm.lead;

import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.Department;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 线索池: the pools (set up under 销售设置 with {@code ADMIN_SALES}), who is a member (a listed user, or anyone in a listed
 * department or one below it) and who administers one.
 */
@Service
public class LeadPools {
    /** The largest per-user cap an administrator may set. */
    static final int MAX_CAP = 10_000;
    private final LeadPoolRepository repository;
    private final RecordOwners owners;
    private final AuditLog audit;
    private final DepartmentService departments;

    LeadPools(LeadPoolRepository repository, RecordOwners owners, AuditLog audit, DepartmentService departments) {
        this.repository = repository;
        this.owners = owners;
        this.audit = audit;
        this.departments = departments;
    }

    @RequiresPermission(Permission.ADMIN_SALES)
    public List<LeadPool> administered() {
        return repository.all();
    }

    @RequiresPermission(Permission.ADMIN_SALES)
    public LeadPool administered(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("lead_pool", id));
    }

    /** The pools the current user is a member or admin of (all of them for a sales administrator). */
    @RequiresPermission(Permission.LEAD_VIEW)
    public List<LeadPool> mine() {
        QikeUser me = CurrentUser.require();
        List<LeadPool> all = repository.all();
        if (me.can(Permission.ADMIN_SALES)) return all;
        return all.stream().filter(p -> isMember(p, me.userId()) || p.adminIds().contains(me.userId())).toList();
    }

    /** One of the current user's pools; another pool answers 404. */
    @RequiresPermission(Permission.LEAD_VIEW)
    public LeadPool mine(long id) {
        return mine().stream().filter(p -> p.id() == id).findFirst().orElseThrow(() -> new NotFoundException("lead_pool", id));
    }

    /** Ids of the current user's pools, for reading the leads waiting there. */
    List<Long> mineIds() {
        return mine().stream().map(LeadPool::id).toList();
    }

    /** Whether the user may claim from the pool: a listed user, or in a listed department or one below it. */
    boolean isMember(LeadPool pool, long userId) {
        if (pool.memberUserIds().contains(userId)) return true;
        for (Long d : pool.memberDepartmentIds()) if (owners.inDepartment(d).contains(userId)) return true;
        return false;
    }

    /** Whether the current user may assign the pool's leads: its admin, or one who may assign any lead. */
    boolean mayAssign(LeadPool pool, QikeUser me) {
        return pool.adminIds().contains(me.userId()) || me.can(Permission.ADMIN_SALES) || me.can(Permission.LEAD_ASSIGN);
    }

    /** The pool's members who are active users, by name (for the assign choice). */
    public Map<Long, String> members(LeadPool pool) {
        Set<Long> ids = new LinkedHashSet<>(pool.memberUserIds());
        for (Long d : pool.memberDepartmentIds()) ids.addAll(owners.inDepartment(d));
        Map<Long, Long> active = owners.candidates().departments();
        ids.removeIf(id -> !active.containsKey(id));
        return owners.names(ids);
    }

    /** Every pool, for names (no permission: a lead shows its pool's name to whoever sees the lead). */
    List<LeadPool> all() {
        return repository.all();
    }

    LeadPool find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("lead_pool", id));
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public long create(LeadPoolDraft draft) {
        Checked c = check(draft, null);
        long id = repository.insert(c.name, c.cap);
        repository.replaceMembers(id, c.departments, c.users, c.admins);
        repository.replaceRule(id, c.rule, c.targets);
        audit.record("CREATE", "LEAD_POOL", id, c.name);
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public void update(long id, LeadPoolDraft draft) {
        LeadPool before = administered(id);
        Checked c = check(draft, id);
        repository.update(id, c.name, c.cap);
        repository.replaceMembers(id, c.departments, c.users, c.admins);
        repository.replaceRule(id, c.rule, c.targets);
        audit.record("UPDATE", "LEAD_POOL", id, c.name, AuditDiff.of().field("name", before.name(), c.name)
                .field("claimCap", before.claimCap(), c.cap)
                .field("memberDepartments", departmentNames(before.memberDepartmentIds()), departmentNames(c.departments))
                .field("members", owners.names(before.memberUserIds()).values().stream().sorted().toList(),
                        owners.names(c.users).values().stream().sorted().toList())
                .field("admins", owners.names(before.adminIds()).values().stream().sorted().toList(),
                        owners.names(c.admins).values().stream().sorted().toList())
                .field("assignRule", before.assignRule(), c.rule).field("targets", before.targets(), c.targets).changes());
    }

    private List<String> departmentNames(List<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        departments.list().forEach(d -> names.put(d.id(), d.name()));
        return ids.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).sorted().toList();
    }

    /** Deletes a pool without leads; one that still has leads is refused. */
    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public void delete(long id) {
        LeadPool pool = administered(id);
        if (repository.leads(id) > 0) {
            throw new io.qike.crm.platform.ConflictException("lead_pool_not_empty", "error.lead_pool_not_empty", Map.of());
        }
        repository.delete(id);
        audit.record("DELETE", "LEAD_POOL", id, pool.name());
    }

    private record Checked(String name, int cap, List<Long> departments, List<Long> users, List<Long> admins, String rule,
                           Map<String, Long> targets) {
    }

    /**
     * The member a lead entering the pool gets by the pool's rule, or null (it waits): round robin takes the member after
     * the one it chose last (the pool's row locked until commit, so two leads entering together go to two members);
     * by region or source the member named for the lead's value.
     */
    Long pick(LeadPool pool, String region, String source) {
        Map<Long, String> members = members(pool);
        switch (pool.assignRule()) {
            case "ROUND_ROBIN" -> {
                if (members.isEmpty()) return null;
                List<Long> order = members.keySet().stream().sorted().toList();
                Long last = repository.lockLastAssigned(pool.id());
                long next = order.stream().filter(u -> last != null && u > last).findFirst().orElse(order.get(0));
                repository.lastAssigned(pool.id(), next);
                return next;
            }
            case "REGION", "SOURCE" -> {
                String value = "REGION".equals(pool.assignRule()) ? region : source;
                Long target = value == null ? null : pool.targets().get(value);
                return target != null && members.containsKey(target) ? target : null;
            }
            default -> {
                return null;
            }
        }
    }

    private Checked check(LeadPoolDraft d, Long selfId) {
        Checks c = new Checks();
        String name = c.text("name", d.name(), MaxLength.CUSTOMER_REGION, true);
        if (name != null && repository.nameTaken(name, selfId)) c.add("name", "lead_pool_name_taken");
        int cap = d.claimCap() == null ? 20 : d.claimCap();
        c.range("claimCap", "lead.pool.claimCap", cap, 0, MAX_CAP);
        Map<Long, Long> active = owners.candidates().departments();
        List<Long> users = distinct(d.memberUserIds());
        List<Long> admins = distinct(d.adminIds());
        if (users.stream().anyMatch(u -> !active.containsKey(u))) c.add("memberUserIds", "invalid_option");
        if (admins.stream().anyMatch(u -> !active.containsKey(u))) c.add("adminIds", "invalid_option");
        List<Long> departments = distinct(d.memberDepartmentIds());
        Set<Long> known = this.departments.list().stream().map(Department::id).collect(java.util.stream.Collectors.toSet());
        if (!known.containsAll(departments)) c.add("memberDepartmentIds", "invalid_option");
        String rule = d.assignRule() == null || d.assignRule().isBlank() ? "NONE" : c.option("assignRule", d.assignRule(), LeadPool.RULES);
        Map<String, Long> targets = new java.util.LinkedHashMap<>();
        if (d.targets() != null && ("REGION".equals(rule) || "SOURCE".equals(rule))) {
            d.targets().forEach((value, user) -> {
                if (value == null || value.isBlank() || user == null) return;
                if (value.trim().length() > MaxLength.CUSTOMER_REGION.chars() || !active.containsKey(user)) c.add("targets", "invalid_option");
                else targets.put(value.trim(), user);
            });
        }
        c.throwIfAny();
        return new Checked(name, cap, departments, users, admins, rule, targets);
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
