package io.qike.crm.lead;

import java.util.List;

public record LeadPage(List<Lead> items, long total, int page, int size) {
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
