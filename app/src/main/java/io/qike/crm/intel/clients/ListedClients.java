package io.qike.crm.intel.clients;

import java.time.Instant;
import java.util.List;

/**
 * The answer to "who are this company's customers": every page merged, sorted by sales amount.
 *
 * @param company   what was asked (name, 注册号, credit code or KeyNo)
 * @param year      the year filter, or null for all years
 * @param years     the years 企查查 has lists for, for the year selector
 * @param total     the entries 企查查 reported
 * @param fetchedAt when 企查查 was asked (earlier than now when the list came from the cache)
 */
public record ListedClients(String company, String year, List<String> years, int total, List<ListedClient> items,
                          Instant fetchedAt, boolean cached) {
    /** Whether 企查查 gave a 关联关系 for any line; it mostly sends "", and a column of dashes only takes room. */
    public boolean hasRelationships() {
        return items.stream().anyMatch(i -> i.relationship() != null && !i.relationship().isBlank());
    }
}
