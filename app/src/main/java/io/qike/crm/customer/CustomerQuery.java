package io.qike.crm.customer;

import java.util.Map;

/**
 * A list request: keyword over name, credit code and phone; filters on standard fields
 * ({@code ownerId}, {@code departmentId} (the owner's department and those below it), {@code level},
 * {@code source}, {@code registrationStatus}, {@code region}, {@code industry}, {@code tag}, the dates
 * {@code createdFrom}, {@code createdTo}, {@code lastFollowedFrom}, {@code lastFollowedTo} (yyyy-MM-dd,
 * both ends included)) and on custom fields ({@code custom.<code>}); sort and page.
 */
public record CustomerQuery(String q, Map<String, String> filters, String sort, boolean descending, int page, int size) {
    /** The owners a department filter stands for, set by the service (never taken from the request). */
    static final String OWNERS_IN = "ownersIn";
    static final java.util.List<String> DATE_FILTERS = java.util.List.of("createdFrom", "createdTo", "lastFollowedFrom", "lastFollowedTo");

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
