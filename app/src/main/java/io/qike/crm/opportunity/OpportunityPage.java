package io.qike.crm.opportunity;

import java.util.List;

public record OpportunityPage(List<Opportunity> items, long total, int page, int size) {
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
