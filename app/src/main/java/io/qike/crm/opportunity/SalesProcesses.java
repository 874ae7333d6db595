package io.qike.crm.opportunity;

import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.NewTenantDefaults;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresAnyPermission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.validation.Checks;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 销售流程: the enterprise's sales processes and their stages. Anyone who works with opportunities reads them; 销售设置
 * (ADMIN_SALES) changes them. A new enterprise gets the default process when it is created ({@link NewTenantDefaults}).
 */
@Service
public class SalesProcesses implements NewTenantDefaults {
    /** The default process: 初步接洽 10 → 需求确认 30 → 方案报价 50 → 谈判审核 70 → 赢单 100 / 输单 0 (names are data). */
    static final String DEFAULT_NAME = "标准销售流程";
    private record Seed(String name, int probability, String kind) {
    }

    private static final List<Seed> DEFAULT_STAGES = List.of(new Seed("初步接洽", 10, SalesStage.OPEN), new Seed("需求确认", 30, SalesStage.OPEN),
            new Seed("方案报价", 50, SalesStage.OPEN), new Seed("谈判审核", 70, SalesStage.OPEN), new Seed("赢单", 100, SalesStage.WON),
            new Seed("输单", 0, SalesStage.LOST));
    private static final int NAME_MAX = 50;
    private final SalesProcessRepository repository;
    private final AuditLog audit;
    private final OpportunityRepository opportunities;

    SalesProcesses(SalesProcessRepository repository, AuditLog audit, OpportunityRepository opportunities) {
        this.repository = repository;
        this.opportunities = opportunities;
        this.audit = audit;
    }

    /** Called in the new enterprise's creating transaction. */
    @Override
    public void seed(long tenantId) {
        if (!repository.hasDefault()) insert(DEFAULT_NAME, true);
    }

    private long insert(String name, boolean isDefault) {
        long id = repository.insertProcess(name, isDefault);
        for (int i = 0; i < DEFAULT_STAGES.size(); i++) {
            Seed s = DEFAULT_STAGES.get(i);
            repository.insertStage(id, s.name(), i + 1, s.probability(), s.kind());
        }
        return id;
    }

    @RequiresAnyPermission({Permission.OPPORTUNITY_VIEW, Permission.ADMIN_SALES})
    public List<SalesProcess> all() {
        return repository.all();
    }

    /** The processes for their administration page (销售设置). */
    @RequiresPermission(Permission.ADMIN_SALES)
    public List<SalesProcess> administered() {
        return repository.all();
    }

    @RequiresAnyPermission({Permission.OPPORTUNITY_VIEW, Permission.ADMIN_SALES})
    public SalesProcess get(long id) {
        return repository.all().stream().filter(p -> p.id() == id).findFirst().orElseThrow(() -> new NotFoundException("sales_process", id));
    }

    /** The default process (the one a new opportunity follows unless another is chosen). */
    @RequiresAnyPermission({Permission.OPPORTUNITY_VIEW, Permission.ADMIN_SALES})
    public SalesProcess defaultProcess() {
        List<SalesProcess> all = repository.all();
        return all.stream().filter(SalesProcess::isDefault).findFirst().orElseGet(() -> all.get(0));
    }

    /** A new process, with the default stages to start from. */
    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public long create(String name) {
        Checks c = new Checks();
        String n = c.text("name", name, NAME_MAX, true);
        if (n != null && repository.processNameTaken(n, null)) c.add("name", "unique_taken");
        c.throwIfAny();
        long id = insert(n, false);
        audit.record("CREATE", "SALES_PROCESS", id, n);
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public void rename(long id, String name) {
        SalesProcess p = get(id);
        Checks c = new Checks();
        String n = c.text("name", name, NAME_MAX, true);
        if (n != null && repository.processNameTaken(n, id)) c.add("name", "unique_taken");
        c.throwIfAny();
        repository.renameProcess(id, n);
        audit.record("UPDATE", "SALES_PROCESS", id, n, AuditDiff.of().field("name", p.name(), n).changes());
    }

    /** Adds an OPEN stage (or a WON/LOST one) at the given position. */
    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public long addStage(long processId, String name, Integer position, Integer probability, String kind) {
        SalesProcess p = get(processId);
        Checks c = new Checks();
        String n = checkStage(c, processId, name, position, probability, null);
        String k = c.option("kind", kind, List.of(SalesStage.OPEN, SalesStage.WON, SalesStage.LOST));
        if (k == null && !c.isEmpty()) c.throwIfAny();
        if (k == null) c.add("kind", "required");
        c.throwIfAny();
        long id = repository.insertStage(processId, n, position, probability, k);
        audit.record("CREATE", "SALES_STAGE", id, p.name() + " · " + n);
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public void updateStage(long stageId, String name, Integer position, Integer probability) {
        SalesStage s = repository.stage(stageId).orElseThrow(() -> new NotFoundException("sales_stage", stageId));
        Checks c = new Checks();
        String n = checkStage(c, s.processId(), name, position, probability, stageId);
        c.throwIfAny();
        repository.updateStage(stageId, n, position, probability);
        // The furthest stage each opportunity reached is kept as a position: it follows an open stage typed elsewhere,
        // unless another stage of the process still stands at the old position (then the old number stays its too).
        if (s.open() && position != null && position != s.position()
                && get(s.processId()).stages().stream().noneMatch(o -> o.id() != stageId && o.position() == s.position())) {
            opportunities.renumberReached(s.processId(), Map.of(s.position(), position));
        }
        audit.record("UPDATE", "SALES_STAGE", stageId, n, AuditDiff.of().field("name", s.name(), n).field("position", s.position(), position)
                .field("probability", s.probability(), probability).changes());
    }

    /** Removes a stage no opportunity stands on (409 otherwise). */
    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public void deleteStage(long stageId) {
        SalesStage s = repository.stage(stageId).orElseThrow(() -> new NotFoundException("sales_stage", stageId));
        if (opportunities.countAtStage(stageId) > 0) throw new ConflictException("stage_in_use", "opportunity.stage.inUse", Map.of("stageId", stageId));
        repository.deleteStage(stageId);
        audit.record("DELETE", "SALES_STAGE", stageId, s.name());
    }

    /** The directions a stage moves in its process's order (上移 / 下移). */
    public static final List<String> DIRECTIONS = List.of("UP", "DOWN");

    /**
     * Moves a stage one place up or down by swapping positions with its neighbour, in one transaction with the process's
     * stages locked. OPEN stages move among themselves and WON/LOST among themselves, so the closing stages stay at the
     * end; a stage already first (or last) of its group is a 409 {@code stage_cannot_move} and nothing changes. When the
     * two share a position (typed alike), the process's stages are numbered 1, 2, … in the new order. The furthest stage each
     * opportunity reached (the funnel's) moves with the stages. Returns the process.
     */
    @Transactional
    @RequiresPermission(Permission.ADMIN_SALES)
    public SalesProcess moveStage(long processId, long stageId, String direction) {
        Checks c = new Checks();
        String d = c.option("direction", direction, DIRECTIONS);
        if (d == null && c.isEmpty()) c.add("direction", "required");
        c.throwIfAny();
        get(processId);
        repository.lockStages(processId);
        SalesProcess p = get(processId);
        List<SalesStage> order = new java.util.ArrayList<>(p.stages());
        int at = -1;
        for (int i = 0; i < order.size(); i++) if (order.get(i).id() == stageId) at = i;
        if (at < 0) throw new NotFoundException("sales_stage", stageId);
        int other = "UP".equals(d) ? at - 1 : at + 1;
        SalesStage s = order.get(at);
        if (other < 0 || other >= order.size() || order.get(other).open() != s.open()) {
            throw new ConflictException("stage_cannot_move", "UP".equals(d) ? "opportunity.stage.cannotMoveUp" : "opportunity.stage.cannotMoveDown",
                    Map.of("stageId", stageId));
        }
        SalesStage n = order.get(other);
        order.set(at, n);
        order.set(other, s);
        // How far each opportunity went is kept as a stage's position: it follows the stages to their new positions.
        Map<Integer, Integer> reached = new java.util.HashMap<>();
        if (s.position() != n.position()) {
            repository.moveStage(s.id(), n.position());
            repository.moveStage(n.id(), s.position());
            if (s.open()) {
                reached.put(s.position(), n.position());
                reached.put(n.position(), s.position());
            }
        } else {
            for (int i = 0; i < order.size(); i++) {
                SalesStage each = order.get(i);
                repository.moveStage(each.id(), i + 1);
                if (each.open()) reached.merge(each.position(), i + 1, Math::max);
            }
            reached.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        }
        opportunities.renumberReached(processId, reached);
        SalesProcess after = get(processId);
        for (SalesStage moved : List.of(s, n)) {
            int position = after.stage(moved.id()).orElseThrow().position();
            audit.record("UPDATE", "SALES_STAGE", moved.id(), moved.name(), AuditDiff.of().field("position", moved.position(), position).changes());
        }
        return after;
    }

    private String checkStage(Checks c, long processId, String name, Integer position, Integer probability, Long selfId) {
        String n = c.text("name", name, NAME_MAX, true);
        if (n != null && repository.stageNameTaken(processId, n, selfId)) c.add("name", "unique_taken");
        if (position == null) c.add("position", "required");
        else c.range("position", "opportunity.stage.position", position, 1, 1000);
        if (probability == null) c.add("probability", "required");
        else c.range("probability", "opportunity.probability", probability, 0, 100);
        return n;
    }

    SalesStage stage(long stageId) {
        return repository.stage(stageId).orElseThrow(() -> new NotFoundException("sales_stage", stageId));
    }
}
