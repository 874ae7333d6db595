package io.qike.crm.importexport.web;

import io.qike.crm.customer.CustomerQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The customer list's query string as the list page reads it, so an export matches the list the user was looking at. */
final class ListParams {
    private static final List<String> NOT_FILTERS = List.of("q", "page", "size", "sort", "order", "lang");

    private ListParams() {
    }

    static CustomerQuery customers(Map<String, String> params) {
        Map<String, String> filters = new HashMap<>(params);
        NOT_FILTERS.forEach(filters::remove);
        return new CustomerQuery(params.get("q"), filters, params.get("sort"), !"asc".equalsIgnoreCase(params.get("order")), 0, 200);
    }
}
