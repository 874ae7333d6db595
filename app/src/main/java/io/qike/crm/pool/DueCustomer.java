package io.qike.crm.pool;

import java.time.LocalDate;

/** One of the signed-in user's customers a recycle rule will move into a pool on {@code recycleOn} (即将回收). */
public record DueCustomer(long customerId, String name, long poolId, String poolName, String ruleKind, LocalDate recycleOn) {
}
