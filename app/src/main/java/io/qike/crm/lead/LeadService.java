package io.qike.crm.lead;

import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads: list, read, create, edit, delete, and their way through the pools (领取, 分配, 退回); the UI, the API and
 * imports share these methods. A user sees the leads of the owners in their data scope and the leads waiting in
 * their pools.
 */
@Service
public class LeadService {
    /** The longest return reason, in characters. */
    static final int MAX_REASON = 500;
    private final LeadRepository repository;
    private final LeadValidator validator;
    private final LeadPools pools;
    private final DataScopes scopes;
    private final RecordOwners owners;
    private final AuditLog audit;
    private final EnterpriseTime time;
    private final ApplicationEventPublisher events;

    LeadService(LeadRepository repository, LeadValidator validator, LeadPools pools, DataScopes scopes, RecordOwners owners,
                AuditLog audit, EnterpriseTime time, ApplicationEventPublisher events) {
        this.repository = repository;
        this.validator = validator;
        this.pools = pools;
        this.scopes = scopes;
        this.owners = owners;
        this.audit = audit;
        this.time = time;
        this.events = events;
    }

    /** The leads owned by someone in the user's data scope, with the filters; a wrong date or status is a field problem. */
    @RequiresPermission(Permission.LEAD_VIEW)
    public LeadPage search(LeadQuery query) {
        Checks c = new Checks();
        String status = c.option("status", query.status(), Lead.STATUSES);
        LocalDate from = c.date("createdFrom", query.createdFrom());
        LocalDate to = c.date("createdTo", query.createdTo());
        c.throwIfAny();
        LeadPage found = repository.search(new LeadRepository.Filter(query.q(), status,
                        from == null ? null : time.startOf(from), to == null ? null : time.startOf(to.plusDays(1))),
                query.page(), query.size(), scopes.current());
        return new LeadPage(named(found.items()), found.total(), found.page(), found.size());
    }

    /** The leads waiting in one of the user's pools (no owner yet). */
    @RequiresPermission(Permission.LEAD_VIEW)
    public LeadPage waiting(long poolId, String q, int page, int size) {
        LeadPool pool = pools.mine(poolId);
        LeadPage found = repository.waiting(pool.id(), q, Math.max(0, page), size <= 0 ? 20 : Math.min(size, 200));
        return new LeadPage(named(found.items()), found.total(), found.page(), found.size());
    }

    @RequiresPermission(Permission.LEAD_VIEW)
    public Lead get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("lead", id));
    }

    java.util.Optional<Lead> find(long id) {
        return repository.find(id, scopes.current(), pools.mineIds()).map(l -> named(List.of(l)).get(0));
    }

    /** The lead's history: claims, assignments, returns with their reasons, the conversion; newest first. */
    @RequiresPermission(Permission.LEAD_VIEW)
    public List<LeadEvent> history(long id) {
        get(id);
        List<LeadEvent> found = repository.events(id);
        List<Long> users = found.stream().flatMap(e -> Stream.of(e.actorId(), e.ownerId())).filter(Objects::nonNull).toList();
        Map<Long, String> names = owners.names(users);
        return found.stream().map(e -> e.named(e.actorId() == null ? null : names.get(e.actorId()),
                e.ownerId() == null ? null : names.get(e.ownerId()))).toList();
    }

    /**
     * A new lead: the user's own, another user's (with {@code LEAD_ASSIGN}), or, with a pool and no owner, waiting in
     * one of the user's pools.
     */
    @Transactional
    @RequiresPermission(Permission.LEAD_CREATE)
    public long create(LeadDraft draft) {
        QikeUser me = CurrentUser.require();
        Checks c = new Checks();
        LeadValues values = validator.validate(draft, null, c);
        LeadPool pool = null;
        if (draft.poolId() != null) {
            pool = pools.mine().stream().filter(p -> p.id() == draft.poolId()).findFirst().orElse(null);
            if (pool == null) c.add("poolId", "invalid_option");
        }
        c.throwIfAny();
        Long owner = pool != null && draft.ownerId() == null ? null : owners.assign(draft.ownerId(), me, Permission.LEAD_ASSIGN);
        long id = insert(values, owner, pool, me);
        audit.record("CREATE", "LEAD", id, values.companyName());
        return id;
    }

    /**
     * Writes a checked lead (a form's, the API's or an import row's): in a pool without an owner, the pool's
     * assignment rule may give it one (round robin, region, source). The caller audits.
     */
    long insert(LeadValues values, Long owner, LeadPool pool, QikeUser me) {
        Long poolId = pool == null ? null : pool.id();
        Long ruled = pool != null && owner == null ? pools.pick(pool, values.region(), values.source()) : null;
        long id = repository.insert(values, ruled != null ? ruled : owner, poolId, me.userId());
        repository.event(id, "CREATED", me.userId(), owner, poolId, null);
        if (ruled != null) {
            repository.event(id, "ASSIGNED", null, ruled, poolId, null);
            events.publishEvent(new LeadAssigned(me.tenantId(), id, values.companyName(), ruled, null));
        } else if (owner != null && owner != me.userId()) {
            events.publishEvent(new LeadAssigned(me.tenantId(), id, values.companyName(), owner, me.userId()));
        }
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.LEAD_EDIT)
    public Lead update(long id, LeadDraft draft) {
        QikeUser me = CurrentUser.require();
        Lead before = get(id);
        if (before.converted()) throw converted();
        Checks c = new Checks();
        LeadValues values = validator.validate(draft, id, c);
        c.throwIfAny();
        Long owner = draft.ownerId() == null || Objects.equals(draft.ownerId(), before.ownerId()) ? before.ownerId()
                : Long.valueOf(owners.assign(draft.ownerId(), me, Permission.LEAD_ASSIGN));
        if (!repository.update(id, values, before.ownerId(), owner)) throw changed();
        Lead after = get(id);
        audit.record("UPDATE", "LEAD", id, after.companyName(), AuditDiff.of().field("companyName", before.companyName(), after.companyName())
                .field("contactName", before.contactName(), after.contactName()).field("mobile", before.mobile(), after.mobile())
                .field("email", before.email(), after.email()).field("source", before.source(), after.source())
                .field("region", before.region(), after.region()).field("status", before.status(), after.status())
                .field("owner", before.ownerName(), after.ownerName()).field("custom", before.custom(), after.custom()).changes());
        if (owner != null && !Objects.equals(owner, before.ownerId()) && owner != me.userId()) {
            repository.event(id, "ASSIGNED", me.userId(), owner, before.poolId(), null);
            events.publishEvent(new LeadAssigned(me.tenantId(), id, after.companyName(), owner, me.userId()));
        }
        return after;
    }

    @Transactional
    @RequiresPermission(Permission.LEAD_DELETE)
    public void delete(long id) {
        Lead lead = get(id);
        repository.delete(id);
        audit.record("DELETE", "LEAD", id, lead.companyName());
    }

    /**
     * 领取: a member takes a lead waiting in the pool, while they hold fewer of the pool's open leads than its cap.
     * Claims of one member in one pool queue on their holding row and the lead is taken by one conditional update, so
     * two members claiming one lead, or one member claiming past the cap from two windows, end with one winner and
     * a clear refusal for the other (409 {@code lead_taken} or {@code lead_claim_cap}).
     */
    @Transactional
    @RequiresPermission(Permission.POOL_CLAIM)
    public Lead claim(long id) {
        QikeUser me = CurrentUser.require();
        // A lead of one of the user's pools that another member took a moment ago is no longer visible: say it was taken.
        Lead lead = repository.find(id).filter(l -> l.poolId() != null && pools.mineIds().contains(l.poolId()))
                .orElseGet(() -> get(id));
        if (!lead.inPool()) throw taken();
        LeadPool pool = pools.find(lead.poolId());
        if (!pools.isMember(pool, me.userId())) throw new AccessDeniedException("not a member of the lead pool");
        repository.lockHolding(pool.id(), me.userId());
        if (!repository.claim(id, pool.id(), me.userId(), pool.claimCap())) {
            boolean stillWaiting = repository.find(id).map(l -> l.ownerId() == null && Objects.equals(l.poolId(), pool.id())).orElse(false);
            if (!stillWaiting) throw taken();
            throw new ConflictException("lead_claim_cap", "error.lead_claim_cap", Map.of("claimCap", pool.claimCap(),
                    "held", repository.held(pool.id(), me.userId())));
        }
        repository.event(id, "CLAIMED", me.userId(), me.userId(), pool.id(), null);
        audit.record("LEAD_CLAIM", "LEAD", id, lead.companyName(), AuditDiff.of().field("owner", null, me.displayName()).changes());
        return get(id);
    }

    /**
     * 分配: a pool's admin (or a user who may assign any lead, or a sales administrator) gives the lead to a member of
     * its pool; a lead outside pools to any active user. The new owner hears of it through {@link LeadAssigned}.
     */
    @Transactional
    @RequiresPermission(Permission.LEAD_VIEW)
    public Lead assign(long id, Long ownerId) {
        QikeUser me = CurrentUser.require();
        Lead lead = get(id);
        if (lead.converted()) throw converted();
        LeadPool pool = lead.poolId() == null ? null : pools.find(lead.poolId());
        boolean allowed = pool != null ? pools.mayAssign(pool, me) : me.can(Permission.LEAD_ASSIGN);
        if (!allowed) throw new AccessDeniedException("may not assign the lead");
        if (ownerId == null) throw new InvalidInputException(FieldProblem.of("ownerId", "required"));
        boolean candidate = pool != null ? pools.members(pool).containsKey(ownerId) : owners.candidates().departments().containsKey(ownerId);
        if (!candidate) throw new InvalidInputException(FieldProblem.of("ownerId", pool != null ? "lead_not_pool_member" : "not_found"));
        if (!repository.assign(id, lead.ownerId(), ownerId)) throw changed();
        repository.event(id, "ASSIGNED", me.userId(), ownerId, lead.poolId(), null);
        // The assigner may not see the new owner's leads; the lead as assigned is theirs to read once.
        Lead after = repository.find(id).map(l -> named(List.of(l)).get(0)).orElseThrow();
        audit.record("LEAD_ASSIGN", "LEAD", id, lead.companyName(), AuditDiff.of().field("owner", lead.ownerName(), after.ownerName()).changes());
        if (ownerId != me.userId()) events.publishEvent(new LeadAssigned(me.tenantId(), id, lead.companyName(), ownerId, me.userId()));
        return after;
    }

    /**
     * 退回: the owner gives the lead back to its pool (or, for a lead that never was in one, to one of their pools),
     * with a reason that stays in the lead's history.
     */
    @Transactional
    @RequiresPermission(Permission.POOL_RETURN)
    public Lead giveBack(long id, String reason, Long poolId) {
        QikeUser me = CurrentUser.require();
        Lead lead = get(id);
        if (lead.converted()) throw converted();
        if (!Objects.equals(lead.ownerId(), me.userId())) throw new AccessDeniedException("only the owner returns a lead");
        Checks c = new Checks();
        String why = c.text("reason", reason, MAX_REASON, true);
        Long pool = lead.poolId();
        if (pool == null) {
            if (poolId == null) c.add("poolId", "required");
            else if (pools.mine().stream().noneMatch(p -> p.id() == poolId)) c.add("poolId", "invalid_option");
            else pool = poolId;
        }
        c.throwIfAny();
        if (!repository.returnToPool(id, me.userId(), pool)) throw changed();
        repository.event(id, "RETURNED", me.userId(), null, pool, why);
        audit.record("LEAD_RETURN", "LEAD", id, lead.companyName(), AuditDiff.of().field("owner", lead.ownerName(), null)
                .field("reason", null, why).changes());
        return find(id).orElse(lead);
    }

    /** The pools a returned lead without a pool may go to: the user's. */
    public List<LeadPool> poolsForReturn() {
        return new ArrayList<>(pools.mine());
    }

    public LeadDraft draftOf(Lead l) {
        return new LeadDraft(l.companyName(), l.contactName(), l.mobile(), l.email(), l.source(), l.region(), l.status(),
                l.ownerId(), l.poolId(), l.custom());
    }

    /** Whether the current user may assign this lead (to show the action). */
    public boolean mayAssign(Lead lead) {
        QikeUser me = CurrentUser.require();
        if (lead.converted()) return false;
        return lead.poolId() == null ? me.can(Permission.LEAD_ASSIGN) : pools.mayAssign(pools.find(lead.poolId()), me);
    }

    /** Who the lead may be assigned to: its pool's members, or any active user for a lead outside pools. */
    public Map<Long, String> assignees(Lead lead) {
        if (lead.poolId() != null) return pools.members(pools.find(lead.poolId()));
        return owners.names(owners.candidates().departments().keySet());
    }

    static ConflictException taken() {
        return new ConflictException("lead_taken", "error.lead_taken", Map.of());
    }

    static ConflictException converted() {
        return new ConflictException("lead_converted", "error.lead_converted", Map.of());
    }

    static ConflictException changed() {
        return new ConflictException("lead_changed", "error.lead_changed", Map.of());
    }

    private List<Lead> named(List<Lead> leads) {
        if (leads.isEmpty()) return leads;
        Map<Long, String> ownerNames = owners.names(leads.stream().map(Lead::ownerId).filter(Objects::nonNull).toList());
        Map<Long, String> poolNames = new java.util.HashMap<>();
        if (leads.stream().anyMatch(l -> l.poolId() != null)) {
            for (LeadPool p : pools.all()) poolNames.put(p.id(), p.name());
        }
        return leads.stream().map(l -> l.named(l.ownerId() == null ? null : ownerNames.get(l.ownerId()),
                l.poolId() == null ? null : poolNames.get(l.poolId()))).toList();
    }
}
