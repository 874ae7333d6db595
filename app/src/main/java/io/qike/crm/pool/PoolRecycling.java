package io.qike.crm.pool;

import io.qike.crm.customer.CustomerPools;
import io.qike.crm.notify.NotificationRequest;
import io.qike.crm.notify.Notifications;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.RecordOwners;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 回收: the daily run of every enabled recycle rule of an enterprise, at the instant it is given (the recurring task gives
 * the clock's, tests a day of their choosing). Per rule, in one transaction: the owners of customers the rule will
 * recycle within its warning days are warned once per customer and due date (a notification, and
 * {@link CustomerRecycleWarned} for the to-do module); then one statement moves every due customer into the pool, and
 * the moves and audit entries are written set-based with the rule. A second run at the same instant moves nothing.
 */
@Service
public class PoolRecycling {
    /** The most warnings one rule gives in one run (the rest come the next day, still ahead of their due date). */
    static final int WARNINGS_PER_RUN = 50_000;
    private final PoolRepository pools;
    private final PoolMoveRepository moves;
    private final CustomerPools customers;
    private final Notifications notifications;
    private final RecordOwners owners;
    private final EnterpriseTime time;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    PoolRecycling(PoolRepository pools, PoolMoveRepository moves, CustomerPools customers, Notifications notifications,
                  RecordOwners owners, EnterpriseTime time, AuditLog audit, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.pools = pools;
        this.moves = moves;
        this.customers = customers;
        this.notifications = notifications;
        this.owners = owners;
        this.time = time;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
    }

    /** What one run did: customers warned and recycled. */
    public record Result(int warned, int recycled) {
    }

    List<Long> tenants() {
        return pools.ruleTenants();
    }

    /** Runs the enterprise's enabled rules as of {@code now}. */
    public Result run(long tenantId, OffsetDateTime now) {
        return TenantContext.callAs(tenantId, () -> {
            int warned = 0;
            int recycled = 0;
            for (RecycleRule rule : pools.enabledRules()) {
                int[] done = tx.execute(s -> runRule(tenantId, rule, now));
                warned += done[0];
                recycled += done[1];
            }
            return new Result(warned, recycled);
        });
    }

    /** The signed-in user's customers that a rule will recycle within its warning days, soonest first, as of now. */
    public List<DueCustomer> mineDueSoon() {
        return mineDueSoon(clockNow());
    }

    /** The signed-in user's customers that a rule will recycle within its warning days, soonest first. */
    public List<DueCustomer> mineDueSoon(OffsetDateTime now) {
        QikeUser me = CurrentUser.require();
        ZoneId zone = time.zone();
        List<DueCustomer> due = new ArrayList<>();
        Map<Long, String> poolNames = new HashMap<>();
        pools.list().forEach(p -> poolNames.put(p.id(), p.name()));
        for (RecycleRule rule : pools.enabledRules()) {
            if (rule.warnDays() == 0) continue;
            OffsetDateTime cutoff = now.minusDays(rule.days());
            for (CustomerPools.Due d : customers.dueSoon(customerRule(rule), cutoff, cutoff.plusDays(rule.warnDays()), me.userId(), 50)) {
                due.add(new DueCustomer(d.customerId(), d.name(), rule.poolId(), poolNames.get(rule.poolId()), rule.kind(),
                        dueOn(d, rule, zone)));
            }
        }
        due.sort(java.util.Comparator.comparing(DueCustomer::recycleOn).thenComparing(DueCustomer::customerId));
        return due;
    }

    private int[] runRule(long tenantId, RecycleRule rule, OffsetDateTime now) {
        CustomerPools.Rule r = customerRule(rule);
        OffsetDateTime cutoff = now.minusDays(rule.days());
        String poolName = pools.find(rule.poolId()).map(Pool::name).orElse("");
        int warned = 0;
        if (rule.warnDays() > 0) {
            ZoneId zone = time.zoneOf(tenantId);
            List<CustomerPools.Due> due = customers.dueSoon(r, cutoff, cutoff.plusDays(rule.warnDays()), null, WARNINGS_PER_RUN);
            Map<Long, CustomerPools.Due> byId = new HashMap<>();
            due.forEach(d -> byId.put(d.customerId(), d));
            List<Long> fresh = moves.newWarnings(rule.id(), due.stream().map(CustomerPools.Due::customerId).toArray(Long[]::new),
                    due.stream().map(CustomerPools.Due::ownerId).toArray(Long[]::new),
                    due.stream().map(d -> dueOn(d, rule, zone)).toArray(LocalDate[]::new));
            for (long id : fresh) {
                CustomerPools.Due d = byId.get(id);
                LocalDate on = dueOn(d, rule, zone);
                notifications.notify(new NotificationRequest(tenantId, List.of(d.ownerId()), "CUSTOMER_RECYCLE_WARNING",
                        NotificationRequest.Text.of("pool.notify.warning.title", d.name()),
                        NotificationRequest.Text.of("pool.notify.warning.body", d.name(), poolName, on.toString()),
                        "/customers/" + id, "/h5/customers/" + id, "pool.recycle:" + id + ":" + rule.id() + ":" + on));
                events.publishEvent(new CustomerRecycleWarned(tenantId, id, d.name(), d.ownerId(), rule.poolId(), rule.id(), on));
            }
            warned = fresh.size();
        }
        List<CustomerPools.Moved> moved = customers.recycle(r, cutoff);
        if (!moved.isEmpty()) {
            moves.insertAll(moved.stream().map(CustomerPools.Moved::customerId).toArray(Long[]::new),
                    moved.stream().map(CustomerPools.Moved::fromOwnerId).toArray(Long[]::new), rule.poolId(), "RECYCLE", null,
                    rule.id(), now);
            Map<Long, String> names = owners.names(moved.stream().map(CustomerPools.Moved::fromOwnerId).toList());
            audit.recordAll("POOL_RECYCLE", "CUSTOMER", moved.stream().map(m -> new AuditLog.Item(m.customerId(), m.name(),
                    AuditDiff.of().field("owner", names.get(m.fromOwnerId()), null).field("pool", null, poolName)
                            .field("rule", null, rule.id()).changes())).toList());
        }
        return new int[] {warned, moved.size()};
    }

    private static CustomerPools.Rule customerRule(RecycleRule rule) {
        return new CustomerPools.Rule(rule.poolId(), rule.levels(), "NO_WON".equals(rule.kind()), rule.protectProbability());
    }

    /** The enterprise day on which the rule recycles the customer. */
    private static LocalDate dueOn(CustomerPools.Due d, RecycleRule rule, ZoneId zone) {
        return d.since().plusDays(rule.days()).atZoneSameInstant(zone).toLocalDate();
    }

    /** The clock the daily task runs at. */
    static OffsetDateTime clockNow() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
