package io.qike.crm.pool;

import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The daily recycle run ({@code qike.pool.recycle-interval}, default a day) of every enterprise with an enabled rule. */
@Component
class RecycleTask implements RecurringTask {
    private static final Logger log = LoggerFactory.getLogger(RecycleTask.class);
    private final PoolRecycling recycling;
    private final Duration interval;

    RecycleTask(PoolRecycling recycling, @Value("${qike.pool.recycle-interval:P1D}") Duration interval) {
        this.recycling = recycling;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "pool.recycle";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() {
        for (long tenantId : recycling.tenants()) {
            try {
                PoolRecycling.Result r = recycling.run(tenantId, PoolRecycling.clockNow());
                if (r.warned() + r.recycled() > 0) log.info("Pool recycle of tenant {}: {} warned, {} recycled", tenantId, r.warned(), r.recycled());
            } catch (RuntimeException e) {
                log.warn("Pool recycle of tenant {} failed: {}", tenantId, e.toString());
            }
        }
    }
}
