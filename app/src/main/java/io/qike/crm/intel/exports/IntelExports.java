package io.qike.crm.intel.exports;

import io.qike.crm.intel.clients.ListedClient;
import io.qike.crm.intel.lists.CompanyList;
import io.qike.crm.intel.lists.CompanyLists;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.EnterpriseTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Intel's xlsx exports, behind the customer export permission like every other export. */
@Service
@RequiresPermission(Permission.CUSTOMER_EXPORT)
public class IntelExports {
    private final CompanyLists lists;
    private final MessageSource messages;
    private final EnterpriseTime time;

    IntelExports(CompanyLists lists, MessageSource messages, EnterpriseTime time) {
        this.lists = lists;
        this.messages = messages;
        this.time = time;
    }

    /** Selected lines of a company's customer list. */
    public Sheet customersOf(String company, List<ListedClient> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (ListedClient i : items) {
            rows.add(Arrays.asList(i.name(), i.year(), i.salesAmount(), i.salesPercent(), i.relationship(), i.source(), i.keyNo(), company));
        }
        return sheet(text("intel.customersOf.sheet"), headers("name", "year", "salesAmount", "salesPercent", "relationship",
                "source", "keyNo", "foundFor"), rows);
    }

    /** A saved company list. */
    public Sheet list(long id) {
        CompanyList l = lists.get(id);
        List<List<Object>> rows = new ArrayList<>();
        for (CompanyList.Item i : l.items()) {
            rows.add(Arrays.asList(i.name(), i.year(), i.salesAmount(), i.salesPercent(), i.relationship(), i.source(), i.keyNo(), i.foundFor()));
        }
        return sheet(l.name(), headers("name", "year", "salesAmount", "salesPercent", "relationship", "source", "keyNo", "foundFor"), rows);
    }

    /** Any table intel shows, with its column keys under {@code intel.column.*}. */
    public Sheet table(String titleKey, List<String> columns, List<List<Object>> rows) {
        return sheet(text(titleKey), headers(columns.toArray(String[]::new)), rows);
    }

    /** Named by its title and the enterprise's time of the download. */
    private Sheet sheet(String title, List<String> headers, List<List<Object>> rows) {
        return new Sheet(title + "-" + time.format(Instant.now(), "yyyyMMdd-HHmmss"), title, headers, rows);
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(k -> text("intel.column." + k)).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
