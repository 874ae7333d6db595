package io.qike.crm.pool;

import java.util.List;

/** A page of a pool's customers and the total that match. */
public record PoolCustomerPage(List<PoolCustomer> items, long total, int page, int size) {
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
