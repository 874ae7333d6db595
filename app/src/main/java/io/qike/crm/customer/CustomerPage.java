package io.qike.crm.customer;

import java.util.List;

/** One page of customers; {@code total} is exact up to {@link #TOTAL_CAP}, beyond which {@code totalCapped} is set. */
public record CustomerPage(List<Customer> items, long total, boolean totalCapped, int page, int size) {
    public static final int TOTAL_CAP = 1_000;

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
