package io.qike.crm.pool;

import io.qike.crm.platform.DemoTenantCreated;
import io.qike.crm.platform.RunAs;
import io.qike.crm.platform.org.Department;
import io.qike.crm.platform.org.DepartmentService;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo enterprise's 公海: one pool for the whole organisation (its top departments and those below), its admin as
 * the pool's administrator, a daily claim limit, a cooling week, and a rule that recycles customers not followed up
 * for 90 days with a week's warning, never while a deal at 60 % or more is open.
 */
@Component
class DemoPool {
    private final Pools pools;
    private final DepartmentService departments;
    private final RunAs runAs;
    private final TransactionTemplate tx;

    DemoPool(Pools pools, DepartmentService departments, RunAs runAs, TransactionTemplate tx) {
        this.pools = pools;
        this.departments = departments;
        this.runAs = runAs;
        this.tx = tx;
    }

    /** After the demo tenant commits, as its admin; a republished event finds the pool there and adds nothing. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DemoTenantCreated event) {
        runAs.user(event.adminUserId(), () -> tx.executeWithoutResult(s -> {
            if (!pools.list().isEmpty()) return;
            List<Long> top = departments.list().stream().filter(d -> d.parentId() == null).map(Department::id).toList();
            Pool pool = pools.create(new PoolDraft("公海", List.of("level", "industry", "region", "lastFollowedAt"), 10, 7, List.of(), top,
                    List.of(event.adminUserId())));
            pools.addRule(pool.id(), new RecycleRuleDraft("NO_FOLLOW_UP", 90, List.of(), 7, 60, true));
        }));
    }
}
