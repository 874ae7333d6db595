package io.qike.crm.contact;

/**
 * A contacts list request as the user typed it: keyword over name, mobile and e-mail; the customer ({@code
 * customerId}, chosen with the customer picker), the owner's department and those below it ({@code departmentId}),
 * the creation day range ({@code createdFrom}, {@code createdTo}, yyyy-MM-dd, both ends included); newest first,
 * a page of {@code size}. The service checks the text and reports a wrong date or number as a field problem.
 */
public record ContactQuery(String q, String customerId, String departmentId, String createdFrom, String createdTo, int page,
                           int size) {
    public ContactQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 2000);
    }

    /** The contacts whose name, mobile or e-mail matches {@code q}, of one customer when {@code customerId} is given. */
    public static ContactQuery of(String q, Long customerId, int page, int size) {
        return new ContactQuery(q, customerId == null ? null : customerId.toString(), null, null, null, page, size);
    }

    /** The list's query string as the page, its shared address and an export of it carry it. */
    public static ContactQuery of(java.util.Map<String, String> params, int size) {
        int page;
        try {
            page = params.get("page") == null ? 0 : Integer.parseInt(params.get("page").trim());
        } catch (NumberFormatException e) {
            page = 0;
        }
        return new ContactQuery(params.get("q"), params.get("customerId"), params.get("departmentId"), params.get("createdFrom"),
                params.get("createdTo"), page, size);
    }

    public ContactQuery withPage(int newPage, int newSize) {
        return new ContactQuery(q, customerId, departmentId, createdFrom, createdTo, newPage, newSize);
    }

    /** The customer the filter names, for the picker's label (null for none; the service reports a wrong one). */
    public Long chosenCustomer() {
        try {
            return customerId == null || customerId.isBlank() ? null : Long.valueOf(customerId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether anything narrows the list (the empty list then says "no match" rather than "no contacts yet"). */
    public boolean filtered() {
        return java.util.stream.Stream.of(q, customerId, departmentId, createdFrom, createdTo).anyMatch(v -> v != null && !v.isBlank());
    }
}
