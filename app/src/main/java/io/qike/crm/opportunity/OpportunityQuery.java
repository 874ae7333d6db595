package io.qike.crm.opportunity;

import java.util.Map;
import java.util.stream.Stream;

/**
 * An opportunity list request as the user typed it: keyword over the name; the stage ({@code stageId}), status, owner
 * ({@code ownerId}), the owner's department and those below it ({@code departmentId}), the customer, and the
 * expected close day range ({@code closeFrom}, {@code closeTo}, yyyy-MM-dd, both included); newest first. The
 * service checks the text and reports a wrong date or number as a field problem.
 */
public record OpportunityQuery(String q, String stageId, String status, String ownerId, String departmentId, String customerId,
                               String closeFrom, String closeTo, int page, int size) {
    public OpportunityQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 2000);
    }

    public static OpportunityQuery of(Map<String, String> params, int size) {
        int page;
        try {
            page = params.get("page") == null ? 0 : Integer.parseInt(params.get("page").trim());
        } catch (NumberFormatException e) {
            page = 0;
        }
        return new OpportunityQuery(params.get("q"), params.get("stageId"), params.get("status"), params.get("ownerId"),
                params.get("departmentId"), params.get("customerId"), params.get("closeFrom"), params.get("closeTo"), page, size);
    }

    public static OpportunityQuery ofCustomer(long customerId) {
        return new OpportunityQuery(null, null, null, null, null, Long.toString(customerId), null, null, 0, 100);
    }

    public OpportunityQuery withPage(int newPage, int newSize) {
        return new OpportunityQuery(q, stageId, status, ownerId, departmentId, customerId, closeFrom, closeTo, newPage, newSize);
    }

    public boolean filtered() {
        return Stream.of(q, stageId, status, ownerId, departmentId, customerId, closeFrom, closeTo).anyMatch(v -> v != null && !v.isBlank());
    }
}
