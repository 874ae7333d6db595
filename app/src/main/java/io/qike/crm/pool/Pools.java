package io.qike.crm.pool;

import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresAnyPermission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公海设置 (销售设置, {@code ADMIN_SALES}): pools with their members, administrators, visible fields, daily claim limit and
 * cooling period; the ownership cap per role; the recycle rules. Also who belongs to which pool, for the other services.
 */
@Service
public class Pools {
    private final PoolRepository repository;
    private final RecordOwners owners;
    private final AuditLog audit;
    private final io.qike.crm.platform.org.DepartmentService departments;

    Pools(PoolRepository repository, RecordOwners owners, AuditLog audit, io.qike.crm.platform.org.DepartmentService departments) {
        this.departments = departments;
        this.repository = repository;
        this.owners = owners;
        this.audit = audit;
    }

    @RequiresPermission(Permission.ADMIN_SALES)
    public List<Pool> list() {
        return repository.list();
    }

    @RequiresPermission(Permission.ADMIN_SALES)
    public Pool get(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("pool", id));
    }

    /** The pools the signed-in user may open: those they are a member or an administrator of (every pool with {@code ADMIN_SALES}). */
    @RequiresAnyPermission({Permission.POOL_CLAIM, Permission.POOL_RETURN, Permission.ADMIN_SALES})
    public List<Pool> mine() {
        QikeUser me = CurrentUser.require();
        return repository.list().stream().filter(p -> mayOpen(p, me)).toList();
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public Pool create(PoolDraft draft) {
        PoolDraft d = checked(draft, null);
        long id = repository.insert(d, d.coolingDays() == null ? 0 : d.coolingDays());
        repository.replaceMembers(id, d);
        audit.record("CREATE", "POOL", id, d.name());
        return get(id);
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public Pool update(long id, PoolDraft draft) {
        Pool before = get(id);
        PoolDraft d = checked(draft, id);
        repository.update(id, d, d.coolingDays() == null ? 0 : d.coolingDays());
        repository.replaceMembers(id, d);
        Pool after = get(id);
        audit.record("UPDATE", "POOL", id, after.name(), AuditDiff.of().field("name", before.name(), after.name())
                .field("visibleFields", before.visibleFields(), after.visibleFields())
                .field("dailyClaimLimit", before.dailyClaimLimit(), after.dailyClaimLimit())
                .field("coolingDays", before.coolingDays(), after.coolingDays())
                .field("memberUserIds", names(before.memberUserIds()), names(after.memberUserIds()))
                .field("memberDepartmentIds", before.memberDepartmentIds(), after.memberDepartmentIds())
                .field("adminUserIds", names(before.adminUserIds()), names(after.adminUserIds())).changes());
        return after;
    }

    /** Deletes an empty pool; one that still holds customers is refused (move or assign them first). */
    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public void delete(long id) {
        Pool pool = get(id);
        try {
            repository.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("pool_not_empty", "error.pool_not_empty", Map.of());
        }
        audit.record("DELETE", "POOL", id, pool.name());
    }

    @RequiresPermission(Permission.ADMIN_SALES)
    public List<RoleCap> caps() {
        Map<Long, Integer> caps = repository.caps();
        List<RoleCap> all = new ArrayList<>();
        owners.roleNames().forEach((id, name) -> all.add(new RoleCap(id, name, caps.get(id))));
        return all;
    }

    /** Sets the caps of these roles (null: no cap); roles not named keep theirs. */
    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public List<RoleCap> setCaps(Map<Long, Integer> caps) {
        Map<Long, String> roles = owners.roleNames();
        Checks checks = new Checks();
        caps.forEach((role, max) -> {
            if (!roles.containsKey(role)) checks.add("caps", "not_found");
            else if (max != null && (max < 0 || max > 1_000_000)) checks.add(Checks.outOfRange("caps", "pool.caps.max", 0, 1_000_000));
        });
        checks.throwIfAny();
        Map<Long, Integer> before = repository.caps();
        caps.forEach(repository::setCap);
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        caps.forEach((role, max) -> { was.put(roles.get(role), before.get(role)); now.put(roles.get(role), max); });
        audit.record("UPDATE", "POOL_CAPS", null, null, AuditDiff.of().fields("cap", was, now).changes());
        return caps();
    }

    /**
     * The most customers this user may own: the largest cap among their roles, none (null) when one of their roles has
     * no cap or they have no role. Roles add rights up, so a second role never lowers what a user may have.
     */
    public Integer capOf(long userId) {
        Map<Long, Integer> caps = repository.caps();
        List<Long> roles = owners.rolesOf(userId);
        if (roles.isEmpty()) return null;
        int max = -1;
        for (long role : roles) {
            Integer cap = caps.get(role);
            if (cap == null) return null;
            max = Math.max(max, cap);
        }
        return max;
    }

    @RequiresPermission(Permission.ADMIN_SALES)
    public List<RecycleRule> rules(long poolId) {
        get(poolId);
        return repository.rules(poolId);
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public RecycleRule addRule(long poolId, RecycleRuleDraft draft) {
        Pool pool = get(poolId);
        RecycleRule r = checked(draft);
        long id = repository.insertRule(poolId, r);
        audit.record("CREATE", "POOL_RULE", id, pool.name(), ruleDiff(null, r));
        return repository.rule(id).orElseThrow();
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public RecycleRule updateRule(long poolId, long ruleId, RecycleRuleDraft draft) {
        Pool pool = get(poolId);
        RecycleRule before = rule(poolId, ruleId);
        RecycleRule r = checked(draft);
        repository.updateRule(ruleId, r);
        audit.record("UPDATE", "POOL_RULE", ruleId, pool.name(), ruleDiff(before, r));
        return repository.rule(ruleId).orElseThrow();
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public void deleteRule(long poolId, long ruleId) {
        Pool pool = get(poolId);
        RecycleRule before = rule(poolId, ruleId);
        repository.deleteRule(ruleId);
        audit.record("DELETE", "POOL_RULE", ruleId, pool.name(), ruleDiff(before, null));
    }

    private List<String> names(List<Long> userIds) {
        Map<Long, String> names = owners.names(userIds);
        return userIds.stream().sorted().map(id -> names.getOrDefault(id, "" + id)).toList();
    }

    private RecycleRule rule(long poolId, long ruleId) {
        return repository.rule(ruleId).filter(r -> r.poolId() == poolId).orElseThrow(() -> new NotFoundException("rule", ruleId));
    }

    private static Map<String, AuditLog.Change> ruleDiff(RecycleRule a, RecycleRule b) {
        return AuditDiff.of().field("kind", a == null ? null : a.kind(), b == null ? null : b.kind())
                .field("days", a == null ? null : a.days(), b == null ? null : b.days())
                .field("levels", a == null ? null : a.levels(), b == null ? null : b.levels())
                .field("warnDays", a == null ? null : a.warnDays(), b == null ? null : b.warnDays())
                .field("protectProbability", a == null ? null : a.protectProbability(), b == null ? null : b.protectProbability())
                .field("enabled", a == null ? null : a.enabled(), b == null ? null : b.enabled()).changes();
    }

    // — membership, for the pool's other services —

    Pool find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("pool", id));
    }

    /** A member: named, in a member department or one below it, or an administrator of the pool. */
    boolean isMember(Pool pool, long userId) {
        if (pool.memberUserIds().contains(userId) || pool.adminUserIds().contains(userId)) return true;
        for (long department : pool.memberDepartmentIds()) {
            if (owners.inDepartment(department).contains(userId)) return true;
        }
        return false;
    }

    boolean isAdmin(Pool pool, QikeUser me) {
        return me.can(Permission.ADMIN_SALES) || pool.adminUserIds().contains(me.userId());
    }

    boolean mayOpen(Pool pool, QikeUser me) {
        return isAdmin(pool, me) || isMember(pool, me.userId());
    }

    List<Pool> all() {
        return repository.list();
    }

    private PoolDraft checked(PoolDraft d, Long self) {
        Checks checks = new Checks();
        String name = checks.text("name", d.name(), MaxLength.POOL_NAME, true);
        if (name != null && repository.nameTaken(name, self)) checks.add("name", "name_taken");
        for (String f : d.visibleFields()) {
            if (!PoolFields.CODES.contains(f)) checks.add("visibleFields", "invalid_option");
        }
        if (d.dailyClaimLimit() != null) checks.range("dailyClaimLimit", "pool.dailyClaimLimit", d.dailyClaimLimit(), 0, 100_000);
        if (d.coolingDays() != null) checks.range("coolingDays", "pool.coolingDays", d.coolingDays(), 0, 3650);
        Set<Long> active = owners.candidates().departments().keySet();
        if (!active.containsAll(d.memberUserIds())) checks.add("memberUserIds", "not_found");
        if (!active.containsAll(d.adminUserIds())) checks.add("adminUserIds", "not_found");
        Set<Long> known = new HashSet<>();
        departments.list().forEach(dep -> known.add(dep.id()));
        if (!known.containsAll(d.memberDepartmentIds())) checks.add("memberDepartmentIds", "not_found");
        checks.throwIfAny();
        return new PoolDraft(name, List.copyOf(new java.util.LinkedHashSet<>(d.visibleFields())), d.dailyClaimLimit(),
                d.coolingDays(), List.copyOf(new HashSet<>(d.memberUserIds())), d.memberDepartmentIds(),
                List.copyOf(new HashSet<>(d.adminUserIds())));
    }

    private static RecycleRule checked(RecycleRuleDraft d) {
        Checks checks = new Checks();
        String kind = checks.option("kind", d.kind(), RecycleRule.KINDS);
        if (d.kind() == null) checks.add("kind", "required");
        if (d.days() == null) checks.add("days", "required");
        else checks.range("days", "pool.rule.days", d.days(), 1, 3650);
        if (d.warnDays() != null) checks.range("warnDays", "pool.rule.warnDays", d.warnDays(), 0, 365);
        if (d.protectProbability() != null) checks.range("protectProbability", "pool.rule.protectProbability", d.protectProbability(), 0, 100);
        List<String> levels = d.levels().stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        for (String level : levels) checks.text("levels", level, 50, false);
        checks.throwIfAny();
        return new RecycleRule(0, 0, kind, d.days(), levels, d.warnDays() == null ? 0 : d.warnDays(), d.protectProbability(),
                d.enabled() == null || d.enabled());
    }
}
