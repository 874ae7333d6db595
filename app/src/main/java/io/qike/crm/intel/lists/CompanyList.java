package io.qike.crm.intel.lists;

import java.time.OffsetDateTime;
import java.util.List;

/** A saved list of companies (名单), for export or as the input of a partnership run. */
public record CompanyList(long id, String name, int size, String createdByName, OffsetDateTime createdAt, List<Item> items) {

    /** A company of the list; the details are filled when it came from a customer list (其客户). */
    public record Item(String name, String keyNo, String foundFor, String year, java.math.BigDecimal salesAmount,
                       java.math.BigDecimal salesPercent, String relationship, String source) {
        public static Item named(String name) {
            return new Item(name, null, null, null, null, null, null, null);
        }
    }
}
