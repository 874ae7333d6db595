package io.qike.crm.customer;

import java.util.Map;

/**
 * A list request: keyword over name, credit code and phone; filters on standard fields
 * ({@code ownerId}, {@code level}, {@code source}, {@code registrationStatus}, {@code region},
 * {@code industry}, {@code tag}) and on custom fields ({@code custom.<code>}); sort and page.
 */
public record CustomerQuery(String q, Map<String, String> filters, String sort, boolean descending, int page, int size) {
    public CustomerQuery {
        filters = filters == null ? Map.of() : filters;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 2000);
    }

    public static CustomerQuery keyword(String q) {
        return new CustomerQuery(q, Map.of(), null, true, 0, 20);
    }

    public CustomerQuery withPage(int newPage, int newSize) {
        return new CustomerQuery(q, filters, sort, descending, newPage, newSize);
    }
}
