package io.qike.crm.customer;

import io.qike.crm.platform.CheckedRows;
import io.qike.crm.platform.org.RecordOwners;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows of one customer import checked so far by {@link CustomerImport} (taken by
 * {@link CustomerImport#insertChecked}), and what later rows must not repeat.
 */
public final class CustomerBatch extends CheckedRows<CustomerValues> {
    final Map<String, Integer> creditCodes = new HashMap<>();
    final Map<String, Integer> uniqueValues = new HashMap<>();
    /** Active users of the tenant and their departments, loaded by the first check. */
    volatile RecordOwners.Candidates owners;
    /** 撞单提示 of the enterprise, read by the first duplicate found. */
    volatile io.qike.crm.platform.org.DuplicateHint duplicateHint;
    /** The public pool the rows go into (owner none), or null: owned by the row's owner or the importer. */
    final Long poolId;

    CustomerBatch(Long poolId) {
        this.poolId = poolId;
    }

    /** The public pool this batch imports into, null when its customers are owned. */
    public Long poolId() {
        return poolId;
    }
}
