package io.qike.crm.lead;

import java.util.Map;
import java.util.stream.Stream;

/**
 * A leads list request as the user typed it: keyword over company, contact, mobile and e-mail; the status; the
 * creation day range ({@code createdFrom}, {@code createdTo}, yyyy-MM-dd, both included); newest first.
 */
public record LeadQuery(String q, String status, String createdFrom, String createdTo, int page, int size) {
    public LeadQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 2000);
    }

    public static LeadQuery of(Map<String, String> params, int size) {
        int page;
        try {
            page = params.get("page") == null ? 0 : Integer.parseInt(params.get("page").trim());
        } catch (NumberFormatException e) {
            page = 0;
        }
        return new LeadQuery(params.get("q"), params.get("status"), params.get("createdFrom"), params.get("createdTo"), page, size);
    }

    public boolean filtered() {
        return Stream.of(q, status, createdFrom, createdTo).anyMatch(v -> v != null && !v.isBlank());
    }
}
