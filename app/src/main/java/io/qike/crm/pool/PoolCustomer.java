package io.qike.crm.pool;

import java.util.Map;

/** A customer in a pool as its members see it: the name and the fields the pool shows ({@link PoolFields}), by code. */
public record PoolCustomer(long id, String name, Map<String, Object> fields) {
}
