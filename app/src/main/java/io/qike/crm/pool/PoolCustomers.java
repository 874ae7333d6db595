package io.qike.crm.pool;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customer.CustomerOwnerChanged;
import io.qike.crm.customer.CustomerPools;
import io.qike.crm.customer.PooledCustomer;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresAnyPermission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.MaxLength;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公海 for its members: the pool's customers with the fields the pool shows, 领取 (claim), 退回 (return, with a reason),
 * and for the pool's administrators 移入 (move owned customers in) and 分配 (assign a pool customer to a user).
 *
 * <p>Claims never check and then act in Java: the customer changes hands in one conditional update (still in this
 * pool, still without owner), so of two users after the same customer exactly one gets it; and the claiming user's
 * claims take turns under a per-user transaction lock, inside which their customers and today's claims are counted,
 * so two claims of the last allowed customer cannot both pass the cap or the daily limit.
 */
@Service
public class PoolCustomers {
    private final Pools pools;
    private final CustomerPools customers;
    private final CustomerDirectory directory;
    private final PoolMoveRepository moves;
    private final RecordOwners owners;
    private final EnterpriseTime time;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PoolCustomers(Pools pools, CustomerPools customers, CustomerDirectory directory, PoolMoveRepository moves,
                  RecordOwners owners, EnterpriseTime time, AuditLog audit, ApplicationEventPublisher events) {
        this.pools = pools;
        this.customers = customers;
        this.directory = directory;
        this.moves = moves;
        this.owners = owners;
        this.time = time;
        this.audit = audit;
        this.events = events;
    }

    /** The pool as its member sees it (404 for one who is not a member: a pool's existence is not revealed). */
    @RequiresAnyPermission({Permission.POOL_CLAIM, Permission.POOL_RETURN, Permission.ADMIN_SALES})
    public Pool open(long poolId) {
        return opened(poolId, CurrentUser.require());
    }

    /** A page of the pool's customers (name search), with only the fields the pool shows. */
    @RequiresAnyPermission({Permission.POOL_CLAIM, Permission.POOL_RETURN, Permission.ADMIN_SALES})
    public PoolCustomerPage page(long poolId, String q, int page, int size) {
        Pool pool = opened(poolId, CurrentUser.require());
        Checks checks = new Checks();
        if (q != null) checks.text("q", q, MaxLength.CUSTOMER_NAME, false);
        checks.range("page", "pool.page", page, 0, 100_000);
        checks.range("size", "pool.size", size, 1, 200);
        checks.throwIfAny();
        List<PoolCustomer> items = customers.inPool(poolId, q, page * size, size).stream()
                .map(c -> PoolFields.view(c, pool.visibleFields())).toList();
        return new PoolCustomerPage(items, customers.countInPool(poolId, q), page, size);
    }

    /** 领取: the customer becomes the signed-in member's, within their cap, the pool's daily limit and its cooling period. */
    @Transactional
    @RequiresPermission(Permission.POOL_CLAIM)
    public PoolMove claim(long customerId) {
        QikeUser me = CurrentUser.require();
        PooledCustomer c = customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        if (c.poolId() == null) {
            if (c.ownerId() != null && c.ownerId() == me.userId()) throw conflict("pool_already_yours");
            // Claimed a moment ago by someone else: a member of the pool it left learns that, others learn nothing.
            boolean leftMyPool = moves.lastPool(customerId).map(pools::find).filter(p -> pools.isMember(p, me.userId())).isPresent();
            if (!leftMyPool && !directory.visible(customerId)) throw new NotFoundException("customer", customerId);
            throw conflict("pool_taken");
        }
        Pool pool = pools.find(c.poolId());
        if (!pools.isMember(pool, me.userId())) throw new NotFoundException("customer", customerId);
        OffsetDateTime now = now();
        moves.lockUser(me.userId());
        withinCap(me.userId());
        if (pool.dailyClaimLimit() != null
                && moves.claimsSince(me.userId(), pool.id(), time.startOf(time.today())) >= pool.dailyClaimLimit()) {
            throw new ConflictException("pool_daily_limit", "error.pool_daily_limit", Map.of("dailyClaimLimit", pool.dailyClaimLimit()));
        }
        if (pool.coolingDays() > 0 && moves.returnedSince(customerId, me.userId(), now.minusDays(pool.coolingDays()))) {
            throw new ConflictException("pool_cooling", "error.pool_cooling", Map.of("coolingDays", pool.coolingDays()));
        }
        if (!customers.take(customerId, pool.id(), me.userId(), me.departmentId())) throw conflict("pool_taken");
        moves.insert(customerId, pool.id(), "CLAIM", null, me.userId(), me.userId(), null, null, now);
        audit.record("POOL_CLAIM", "CUSTOMER", customerId, c.name(), AuditDiff.of().field("pool", pool.name(), null)
                .field("owner", null, me.displayName()).changes());
        return move(customerId, c.name(), pool.id(), "CLAIM", null, me.userId(), me.userId(), null, now);
    }

    /**
     * 退回: the owner gives the customer back to a pool (the one named, else the first pool they are a member of), with a
     * reason. Only the owner returns a customer; an administrator moves customers instead.
     */
    @Transactional
    @RequiresPermission(Permission.POOL_RETURN)
    public PoolMove giveBack(long customerId, Long poolId, String reason) {
        QikeUser me = CurrentUser.require();
        Checks checks = new Checks();
        String why = checks.text("reason", reason, MaxLength.POOL_RETURN_REASON, true);
        checks.throwIfAny();
        PooledCustomer c = customers.find(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        if (c.ownerId() == null || c.ownerId() != me.userId()) {
            if (!directory.visible(customerId)) throw new NotFoundException("customer", customerId);
            throw new AccessDeniedException("only the owner returns a customer");
        }
        Pool pool = poolId != null ? pools.find(poolId) : pools.all().stream().filter(p -> pools.isMember(p, me.userId()))
                .findFirst().orElseThrow(() -> new InvalidInputException(FieldProblem.of("poolId", "required")));
        if (!pools.mayOpen(pool, me)) throw new InvalidInputException(FieldProblem.of("poolId", "not_found"));
        if (!customers.release(customerId, me.userId(), pool.id())) throw conflict("pool_taken");
        OffsetDateTime now = now();
        moves.insert(customerId, pool.id(), "RETURN", me.userId(), null, me.userId(), null, why, now);
        audit.record("POOL_RETURN", "CUSTOMER", customerId, c.name(), AuditDiff.of().field("owner", me.displayName(), null)
                .field("pool", null, pool.name()).field("reason", null, why).changes());
        return move(customerId, c.name(), pool.id(), "RETURN", me.userId(), null, me.userId(), why, now);
    }

    /** 移入: an administrator of the pool moves owned customers of their data scope into it; the moved ones are returned. */
    @Transactional
    @RequiresAnyPermission({Permission.POOL_CLAIM, Permission.POOL_RETURN, Permission.ADMIN_SALES})
    public List<PoolMove> moveIn(long poolId, List<Long> customerIds) {
        QikeUser me = CurrentUser.require();
        Pool pool = administered(poolId, me);
        if (customerIds == null || customerIds.isEmpty() || customerIds.size() > 1000) {
            throw new InvalidInputException(FieldProblem.of("customerIds", "required"));
        }
        for (long id : customerIds) {
            if (!directory.visible(id)) throw new NotFoundException("customer", id);
        }
        OffsetDateTime now = now();
        List<CustomerPools.Moved> moved = customers.releaseAll(customerIds, pool.id());
        if (moved.isEmpty()) return List.of();
        moves.insertAll(moved.stream().map(CustomerPools.Moved::customerId).toArray(Long[]::new),
                moved.stream().map(CustomerPools.Moved::fromOwnerId).toArray(Long[]::new), pool.id(), "MOVE", me.userId(), null, now);
        Map<Long, String> names = owners.names(moved.stream().map(CustomerPools.Moved::fromOwnerId).toList());
        audit.recordAll("POOL_MOVE", "CUSTOMER", moved.stream().map(m -> new AuditLog.Item(m.customerId(), m.name(),
                AuditDiff.of().field("owner", names.get(m.fromOwnerId()), null).field("pool", null, pool.name()).changes())).toList());
        List<PoolMove> result = new ArrayList<>();
        for (CustomerPools.Moved m : moved) {
            result.add(move(m.customerId(), m.name(), pool.id(), "MOVE", m.fromOwnerId(), null, me.userId(), null, now));
        }
        return result;
    }

    /** 分配: an administrator of the pool gives one of its customers to an active user, within that user's cap. */
    @Transactional
    @RequiresAnyPermission({Permission.POOL_CLAIM, Permission.POOL_RETURN, Permission.ADMIN_SALES})
    public PoolMove assign(long poolId, long customerId, long userId) {
        QikeUser me = CurrentUser.require();
        Pool pool = administered(poolId, me);
        PooledCustomer c = customers.find(customerId).filter(x -> x.poolId() != null && x.poolId() == poolId)
                .orElseThrow(() -> new NotFoundException("customer", customerId));
        RecordOwners.Candidates active = owners.candidates();
        if (!active.departments().containsKey(userId)) throw new InvalidInputException(FieldProblem.of("userId", "not_found"));
        moves.lockUser(userId);
        withinCap(userId);
        if (!customers.take(customerId, pool.id(), userId, active.departmentOf(userId))) throw conflict("pool_taken");
        OffsetDateTime now = now();
        moves.insert(customerId, pool.id(), "ASSIGN", null, userId, me.userId(), null, null, now);
        String toName = owners.names(List.of(userId)).get(userId);
        audit.record("POOL_ASSIGN", "CUSTOMER", customerId, c.name(), AuditDiff.of().field("pool", pool.name(), null)
                .field("owner", null, toName).changes());
        if (userId != me.userId()) {
            events.publishEvent(new CustomerOwnerChanged(me.tenantId(), customerId, c.name(), null, userId, me.userId()));
        }
        return move(customerId, c.name(), pool.id(), "ASSIGN", null, userId, me.userId(), null, now);
    }

    /** The pool's latest moves, for its administrators. */
    @RequiresAnyPermission({Permission.POOL_CLAIM, Permission.POOL_RETURN, Permission.ADMIN_SALES})
    public List<PoolMove> recentMoves(long poolId) {
        administered(poolId, CurrentUser.require());
        List<PoolMove> list = moves.recent(poolId, 100);
        java.util.Set<Long> users = new java.util.HashSet<>();
        list.forEach(m -> { if (m.fromUserId() != null) users.add(m.fromUserId()); if (m.toUserId() != null) users.add(m.toUserId()); });
        Map<Long, String> names = owners.names(users);
        Map<Long, String> customerNames = directory.names(list.stream().map(PoolMove::customerId).toList());
        return list.stream().map(m -> new PoolMove(m.id(), m.customerId(), customerNames.get(m.customerId()), m.poolId(), m.kind(),
                m.fromUserId(), m.fromUserId() == null ? null : names.get(m.fromUserId()), m.toUserId(),
                m.toUserId() == null ? null : names.get(m.toUserId()), m.byUserId(), m.ruleId(), m.reason(), m.movedAt())).toList();
    }

    /** The pools the signed-in owner of this customer may return it to (none when it is not theirs or they may not return). */
    public List<Pool> returnablePools(long customerId) {
        QikeUser me = CurrentUser.find().orElse(null);
        if (me == null || !me.can(Permission.POOL_RETURN)) return List.of();
        PooledCustomer c = customers.find(customerId).orElse(null);
        if (c == null || c.ownerId() == null || c.ownerId() != me.userId()) return List.of();
        return pools.all().stream().filter(p -> pools.mayOpen(p, me)).toList();
    }

    /** Whether the signed-in user is an administrator of the pool (to show 移入 and 分配). */
    public boolean administers(Pool pool) {
        return CurrentUser.find().map(me -> pools.isAdmin(pool, me)).orElse(false);
    }

    private Pool opened(long poolId, QikeUser me) {
        Pool pool = pools.find(poolId);
        if (!pools.mayOpen(pool, me)) throw new NotFoundException("pool", poolId);
        return pool;
    }

    private Pool administered(long poolId, QikeUser me) {
        Pool pool = opened(poolId, me);
        if (!pools.isAdmin(pool, me)) throw new AccessDeniedException("not an administrator of the pool");
        return pool;
    }

    /** Counted under the user's lock: the customers they own now, against the cap of their roles. */
    private void withinCap(long userId) {
        Integer cap = pools.capOf(userId);
        if (cap != null && customers.countOwnedBy(userId) >= cap) {
            throw new ConflictException("pool_cap_reached", "error.pool_cap_reached", Map.of("cap", cap));
        }
    }

    private static ConflictException conflict(String code) {
        return new ConflictException(code, "error." + code, Map.of());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static PoolMove move(long customerId, String name, long poolId, String kind, Long from, Long to, Long by, String reason,
                                 OffsetDateTime at) {
        return new PoolMove(0, customerId, name, poolId, kind, from, null, to, null, by, null, reason, at);
    }
}
