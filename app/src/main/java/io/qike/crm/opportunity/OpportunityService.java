package io.qike.crm.opportunity;

import io.qike.crm.customer.CustomerDeals;
import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opportunities (商机): list, read, create, edit, move to another stage (won and lost with a reason), delete, the
 * kanban and the funnel; the web pages, the API, imports and the lead conversion share these methods. An opportunity
 * is visible to whoever's data scope covers its owner; it belongs to a customer the user sees when choosing it. Every
 * change refreshes the customer's deal figures ({@link CustomerDeals}) in its transaction, and is audited.
 *
 * <p>Amount: when an opportunity has product lines, its amount is the sum of their totals (quantity × unit price);
 * without lines it is the amount typed.
 */
@Service
public class OpportunityService {
    private static final int NAME_MAX = 100, REASON_MAX = 500, CARDS_PER_STAGE = 50;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    private final OpportunityRepository repository;
    private final SalesProcessRepository processes;
    private final CustomerDirectory customers;
    private final CustomerDeals deals;
    private final DataScopes scopes;
    private final RecordOwners owners;
    private final AuditLog audit;
    private final CustomFields customFields;

    OpportunityService(OpportunityRepository repository, SalesProcessRepository processes, CustomerDirectory customers, CustomerDeals deals,
                       DataScopes scopes, RecordOwners owners, AuditLog audit, CustomFields customFields) {
        this.repository = repository;
        this.processes = processes;
        this.customers = customers;
        this.deals = deals;
        this.scopes = scopes;
        this.owners = owners;
        this.audit = audit;
        this.customFields = customFields;
    }

    /** The list with its filters, within the user's data scope; a wrong date or id is a field problem. */
    @RequiresPermission(Permission.OPPORTUNITY_VIEW)
    public OpportunityPage search(OpportunityQuery query) {
        Checks c = new Checks();
        Long stageId = c.id("stageId", query.stageId());
        Long ownerId = c.id("ownerId", query.ownerId());
        Long department = c.id("departmentId", query.departmentId());
        Long customerId = c.id("customerId", query.customerId());
        LocalDate from = c.date("closeFrom", query.closeFrom());
        LocalDate to = c.date("closeTo", query.closeTo());
        String status = Text.isBlank(query.status()) ? null
                : c.option("status", query.status().trim(), List.of(SalesStage.OPEN, SalesStage.WON, SalesStage.LOST));
        c.throwIfAny();
        List<Long> ownersIn = ownerId == null ? null : List.of(ownerId);
        if (department != null) {
            List<Long> inDepartment = owners.inDepartment(department);
            ownersIn = ownersIn == null ? inDepartment : ownersIn.stream().filter(inDepartment::contains).toList();
        }
        OpportunityPage found = repository.search(new OpportunityRepository.Filter(query.q(), stageId, status, ownersIn, customerId, from, to, null),
                query.page(), query.size(), scopes.current());
        return new OpportunityPage(complete(found.items(), false), found.total(), found.page(), found.size());
    }

    /** The opportunities of one customer the user may see. */
    @RequiresPermission(Permission.OPPORTUNITY_VIEW)
    public List<Opportunity> ofCustomer(long customerId) {
        return search(OpportunityQuery.ofCustomer(customerId)).items();
    }

    /** One opportunity in the user's data scope, with its product lines; 404 otherwise. */
    @RequiresPermission(Permission.OPPORTUNITY_VIEW)
    public Opportunity get(long id) {
        return repository.find(id, scopes.current()).map(o -> complete(List.of(o), true).get(0))
                .orElseThrow(() -> new NotFoundException("opportunity", id));
    }

    @Transactional
    @RequiresPermission(Permission.OPPORTUNITY_CREATE)
    public long create(OpportunityDraft draft) {
        return create(draft, null);
    }

    long create(OpportunityDraft draft, Long sourceLeadId) {
        QikeUser me = CurrentUser.require();
        long owner = owners.assign(draft.ownerId(), me, Permission.OPPORTUNITY_ASSIGN);
        Checked v = check(draft, null, owner);
        long id = insertChecked(v, me.userId(), sourceLeadId);
        refreshDeals(v.row().customerId());
        audit.record("CREATE", "OPPORTUNITY", id, v.row().name());
        return id;
    }

    /** Writes a checked opportunity with its lines (the caller refreshes the customer's figures). */
    long insertChecked(Checked v, long createdBy, Long sourceLeadId) {
        long id = repository.insert(v.row(), v.stage().open() ? v.stage().position() : 0, createdBy, sourceLeadId);
        if (!v.lines().isEmpty()) repository.replaceLines(id, v.lines());
        return id;
    }

    /**
     * Changes an opportunity: its fields, its customer (one the user sees), its owner (with the right to assign), its
     * stage. No lines given (null) keeps the stored ones; no custom values keep the stored ones.
     */
    @Transactional
    @RequiresPermission(Permission.OPPORTUNITY_EDIT)
    public Opportunity update(long id, OpportunityDraft draft) {
        Opportunity before = get(id);
        long owner = draft.ownerId() == null || draft.ownerId() == before.ownerId() ? before.ownerId()
                : owners.assign(draft.ownerId(), CurrentUser.require(), Permission.OPPORTUNITY_ASSIGN);
        Checked v = check(draft, before, owner);
        repository.update(id, v.row(), v.stage().open() ? v.stage().position() : 0);
        repository.replaceLines(id, v.lines());
        // Moved to another customer: both customers' figures change; rows locked in id order.
        Stream.of(before.customerId(), v.row().customerId()).distinct().sorted().forEach(this::refreshDeals);
        Opportunity after = get(id);
        audit.record("UPDATE", "OPPORTUNITY", id, after.name(), diff(before, after).changes());
        return after;
    }

    /**
     * 推进阶段: moves the opportunity to another stage of its process. A WON or LOST stage closes it and needs a reason;
     * an OPEN one (re)opens it. The probability becomes the stage's.
     */
    @Transactional
    @RequiresPermission(Permission.OPPORTUNITY_EDIT)
    public Opportunity moveStage(long id, Long stageId, String reason) {
        Opportunity before = get(id);
        Checks c = new Checks();
        if (stageId == null) c.add("stageId", "required");
        c.throwIfAny();
        SalesStage stage = processes.stage(stageId).filter(s -> s.processId() == before.processId()).orElse(null);
        if (stage == null) c.add("stageId", "invalid_option");
        c.throwIfAny();
        String why = stage.closes() ? c.text("reason", reason, REASON_MAX, true) : null;
        c.throwIfAny();
        repository.moveStage(id, stage, why);
        refreshDeals(before.customerId());
        Opportunity after = get(id);
        audit.record("MOVE_STAGE", "OPPORTUNITY", id, after.name(), diff(before, after).changes());
        return after;
    }

    @Transactional
    @RequiresPermission(Permission.OPPORTUNITY_DELETE)
    public void delete(long id) {
        Opportunity o = get(id);
        repository.delete(id);
        refreshDeals(o.customerId());
        audit.record("DELETE", "OPPORTUNITY", id, o.name());
    }

    /** The kanban of a process (the default one when null) for the user's data scope. */
    @RequiresPermission(Permission.OPPORTUNITY_VIEW)
    public Kanban kanban(Long processId) {
        SalesProcess process = process(processId);
        VisibleOwners visible = scopes.current();
        Map<Long, BigDecimal> amounts = new HashMap<>();
        Map<Long, Long> counts = new HashMap<>();
        for (OpportunityRepository.FunnelRow r : repository.funnelRows(process.id(), visible)) {
            counts.merge(r.stageId(), r.count(), Long::sum);
            amounts.merge(r.stageId(), r.amount(), BigDecimal::add);
        }
        Map<Long, List<Opportunity>> cards = complete(repository.cards(process.id(), visible, CARDS_PER_STAGE), false).stream()
                .collect(Collectors.groupingBy(Opportunity::stageId, LinkedHashMap::new, Collectors.toList()));
        return new Kanban(process, process.stages().stream().map(s -> new Kanban.Column(s, counts.getOrDefault(s.id(), 0L),
                amounts.getOrDefault(s.id(), BigDecimal.ZERO), cards.getOrDefault(s.id(), List.of()))).toList());
    }

    /** The funnel of a process (the default one when null) for the user's data scope (see {@link Funnel}). */
    @RequiresPermission(Permission.OPPORTUNITY_VIEW)
    public Funnel funnel(Long processId) {
        SalesProcess process = process(processId);
        List<OpportunityRepository.FunnelRow> rows = repository.funnelRows(process.id(), scopes.current());
        List<Funnel.Step> steps = new ArrayList<>();
        Long previous = null;
        for (SalesStage s : process.openStages()) {
            long count = rows.stream().filter(r -> r.stageId() == s.id()).mapToLong(OpportunityRepository.FunnelRow::count).sum();
            BigDecimal amount = rows.stream().filter(r -> r.stageId() == s.id()).map(OpportunityRepository.FunnelRow::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            long reached = rows.stream().filter(r -> SalesStage.WON.equals(r.status()) || r.reachedPosition() >= s.position())
                    .mapToLong(OpportunityRepository.FunnelRow::count).sum();
            steps.add(new Funnel.Step(s, count, amount, reached, rate(reached, previous)));
            previous = reached;
        }
        SalesStage won = process.stages().stream().filter(s -> SalesStage.WON.equals(s.kind())).findFirst().orElse(null);
        if (won != null) {
            List<OpportunityRepository.FunnelRow> wonRows = rows.stream().filter(r -> SalesStage.WON.equals(r.status())).toList();
            long count = wonRows.stream().mapToLong(OpportunityRepository.FunnelRow::count).sum();
            BigDecimal amount = wonRows.stream().map(OpportunityRepository.FunnelRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            steps.add(new Funnel.Step(won, count, amount, count, rate(count, previous)));
        }
        return new Funnel(process, steps);
    }

    private static Integer rate(long reached, Long previous) {
        if (previous == null || previous == 0) return null;
        return (int) Math.round(reached * 100.0 / previous);
    }

    /** 我的销售漏斗: the signed-in user's open opportunities by stage, in process and stage order. */
    @RequiresPermission(Permission.OPPORTUNITY_VIEW)
    public List<PipelineStage> myPipeline() {
        Map<Long, Object[]> byStage = new HashMap<>();
        repository.openByStage(CurrentUser.require().userId()).forEach(r -> byStage.put((Long) r[0], r));
        List<PipelineStage> out = new ArrayList<>();
        for (SalesProcess p : processes.all()) {
            for (SalesStage s : p.openStages()) {
                Object[] r = byStage.get(s.id());
                out.add(new PipelineStage(s.id(), p.name(), s.name(), r == null ? 0 : (Long) r[1], r == null ? BigDecimal.ZERO : (BigDecimal) r[2]));
            }
        }
        return out;
    }

    /** The draft that reproduces an opportunity (for a form or a merge patch). */
    public OpportunityDraft draftOf(Opportunity o) {
        return new OpportunityDraft(o.customerId(), o.name(), o.amount(), o.expectedCloseOn() == null ? null : o.expectedCloseOn().toString(),
                o.processId(), o.stageId(), o.probability(), o.ownerId(), o.closeReason(), o.lines(), o.custom());
    }

    private SalesProcess process(Long processId) {
        List<SalesProcess> all = processes.all();
        if (processId == null) return all.stream().filter(SalesProcess::isDefault).findFirst().orElseGet(() -> all.get(0));
        return all.stream().filter(p -> p.id() == processId).findFirst().orElseThrow(() -> new NotFoundException("sales_process", processId));
    }

    void refreshDeals(long customerId) {
        deals.refresh(customerId, repository::figures);
    }

    record Checked(OpportunityRepository.Row row, SalesStage stage, List<OpportunityLine> lines) {
    }

    /** Checks every field of a draft and reports all problems together; nothing is written on failure. */
    Checked check(OpportunityDraft d, Opportunity before, long owner) {
        Checks c = new Checks();
        String name = c.text("name", d.name(), NAME_MAX, true);
        Long customerId = d.customerId() == null && before != null ? Long.valueOf(before.customerId()) : d.customerId();
        if (customerId == null) c.add("customerId", "required");
        else if ((before == null || customerId != before.customerId()) && !customers.visible(customerId)) c.add("customerId", "customer_not_found");
        LocalDate closeOn = c.date("expectedCloseOn", d.expectedCloseOn());
        if (closeOn != null && (closeOn.getYear() < 1900 || closeOn.getYear() > 2999)) { c.add("expectedCloseOn", "date"); closeOn = null; }
        List<OpportunityLine> lines = d.lines() == null ? (before == null ? List.of() : before.lines()) : checkLines(d.lines(), c);
        BigDecimal amount;
        if (!lines.isEmpty()) amount = lines.stream().map(OpportunityLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        else amount = d.amount() == null ? BigDecimal.ZERO : d.amount().setScale(2, RoundingMode.HALF_UP);
        if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) c.add("amount", "out_of_range");
        List<SalesProcess> all = processes.all();
        Long stageProcess = d.stageId() == null ? null : all.stream().filter(p -> p.stage(d.stageId()).isPresent()).map(SalesProcess::id)
                .findFirst().orElse(null);
        Long processId = d.processId() != null ? d.processId() : stageProcess != null ? stageProcess
                : before != null ? Long.valueOf(before.processId()) : null;
        SalesProcess process = processId == null ? all.stream().filter(SalesProcess::isDefault).findFirst().orElse(all.get(0))
                : all.stream().filter(p -> p.id() == processId).findFirst().orElse(null);
        SalesStage stage = null;
        if (process == null) {
            c.add("processId", "invalid_option");
        } else {
            Long stageId = d.stageId() != null ? d.stageId() : before != null && before.processId() == process.id() ? Long.valueOf(before.stageId()) : null;
            stage = stageId == null ? process.firstStage() : process.stage(stageId).orElse(null);
            if (stage == null) c.add("stageId", "invalid_option");
        }
        int probability = 0;
        String reason = null;
        if (stage != null) {
            boolean stageChanged = before == null || before.stageId() != stage.id();
            Integer typed = d.probability();
            if (typed == null || stageChanged && before != null && typed == before.probability()) probability = stage.probability();
            else { c.range("probability", "opportunity.probability", typed, 0, 100); probability = typed; }
            if (stage.closes()) reason = c.text("reason", d.reason(), REASON_MAX, true);
        }
        Map<String, Object> submitted = d.custom() == null && before != null ? before.custom() : d.custom();
        String custom = customFields.validate(CustomObject.OPPORTUNITY, submitted, before == null ? null : before.id(),
                repository::customValueTaken, c);
        c.throwIfAny();
        return new Checked(new OpportunityRepository.Row(customerId, name, amount, closeOn, process.id(), stage.id(), probability, owner,
                stage.kind(), reason, custom), stage, lines);
    }

    private static List<OpportunityLine> checkLines(List<OpportunityLine> lines, Checks c) {
        List<OpportunityLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OpportunityLine l = lines.get(i);
            if (l == null || Text.isBlank(l.name()) && l.quantity() == null && l.unitPrice() == null) continue; // an empty row of the form
            String field = "lines[" + i + "]";
            String name = c.text(field + ".name", l.name(), NAME_MAX, true);
            if (l.quantity() == null) c.add(field + ".quantity", "required");
            else if (l.quantity().signum() <= 0 || l.quantity().compareTo(MAX_AMOUNT) > 0) c.add(field + ".quantity", "out_of_range");
            if (l.unitPrice() == null) c.add(field + ".unitPrice", "required");
            else if (l.unitPrice().signum() < 0 || l.unitPrice().compareTo(MAX_AMOUNT) > 0) c.add(field + ".unitPrice", "out_of_range");
            if (name != null && l.quantity() != null && l.unitPrice() != null) {
                out.add(new OpportunityLine(name, l.quantity().setScale(2, RoundingMode.HALF_UP), l.unitPrice().setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return out;
    }

    private static AuditDiff diff(Opportunity before, Opportunity after) {
        return AuditDiff.of().field("name", before.name(), after.name()).field("customer", before.customerName(), after.customerName())
                .field("amount", plain(before.amount()), plain(after.amount()))
                .field("expectedCloseOn", Objects.toString(before.expectedCloseOn(), null), Objects.toString(after.expectedCloseOn(), null))
                .field("stage", before.stageName(), after.stageName()).field("probability", before.probability(), after.probability())
                .field("status", before.status(), after.status()).field("reason", before.closeReason(), after.closeReason())
                .field("owner", before.ownerName(), after.ownerName()).field("lines", lines(before), lines(after))
                .fields("custom.", before.custom(), after.custom());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static String lines(Opportunity o) {
        return o.lines().stream().map(l -> l.name() + " × " + l.quantity().stripTrailingZeros().toPlainString() + " @ " + l.unitPrice().toPlainString())
                .collect(Collectors.joining("、"));
    }

    /** The opportunities with their customer's, owner's and stage's names (and their lines when asked). */
    private List<Opportunity> complete(List<Opportunity> rows, boolean withLines) {
        if (rows.isEmpty()) return rows;
        Map<Long, String> customerNames = customers.names(rows.stream().map(Opportunity::customerId).distinct().toList());
        Map<Long, String> ownerNames = owners.names(rows.stream().map(Opportunity::ownerId).distinct().toList());
        Map<Long, String> stageNames = new HashMap<>();
        processes.all().forEach(p -> p.stages().forEach(s -> stageNames.put(s.id(), s.name())));
        return rows.stream().map(o -> o.with(customerNames.get(o.customerId()), ownerNames.get(o.ownerId()), stageNames.get(o.stageId()),
                withLines ? repository.lines(o.id()) : List.of())).toList();
    }

    /** The names of these opportunities whoever owns them (for {@link OpportunityDirectory}). */
    Map<Long, String> names(List<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.names(ids);
    }
}
