package io.qike.crm.intel.clients;

import java.time.Instant;
import java.util.List;

/**
 * A company's whole customer list as 企查查 gave it (every page merged), as cached.
 *
 * @param years the years 企查查 has lists for (YearList)
 * @param total the number of entries 企查查 reported (Paging.TotalRecords)
 * @param calls the calls it took
 */
public record ClientList(String searchKey, String year, List<String> years, List<ClientCompany> items, int total, int calls,
                           Instant fetchedAt) {
    public ClientList {
        years = List.copyOf(years);
        items = List.copyOf(items);
    }
}
