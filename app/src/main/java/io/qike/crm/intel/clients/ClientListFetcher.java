package io.qike.crm.intel.clients;

import io.qike.crm.intel.IntelProperties;
import io.qike.crm.intel.provider.QichachaFlows;
import io.qike.crm.intel.provider.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a company's whole customer list from 企查查: page 1 with the largest page size the document allows
 * (50), then every further page that Paging.TotalRecords announces. Sorted by sales amount, largest first.
 */
@Component
class ClientListFetcher {
    /** 207: 企查查 serves at most 5000 entries of a list. */
    static final int MAX_ENTRIES = 5000;
    static final Comparator<ClientCompany> BY_AMOUNT = Comparator
            .comparing(ClientCompany::salesAmount, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(ClientCompany::year, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(ClientCompany::name, Comparator.nullsLast(Comparator.<String>naturalOrder()));
    private final QichachaFlows flows;
    private final int pageSize;

    ClientListFetcher(QichachaFlows flows, IntelProperties props) {
        this.flows = flows;
        this.pageSize = props.customersPageSize();
    }

    ClientList fetch(String searchKey, String year) {
        List<ClientCompany> items = new ArrayList<>();
        List<String> years = List.of();
        int total = 0, calls = 0, pages = 1;
        for (int page = 1; page <= pages && (page - 1) * pageSize < MAX_ENTRIES; page++) {
            calls++;
            Optional<Map<String, Object>> answer = flows.invoke(QichachaFlows.CUSTOMERS, inputs(searchKey, year, page, pageSize), "company");
            if (answer.isEmpty()) break; // 201: no (more) customers
            Map<String, Object> out = answer.get();
            if (page == 1) {
                years = texts(out.get("years"));
                total = Values.decimal(out.get("total")) == null ? 0 : Values.decimal(out.get("total")).intValue();
                pages = Math.max(1, (total + pageSize - 1) / pageSize);
            }
            List<?> clients = out.get("clients") instanceof List<?> l ? l : List.of();
            for (Object c : clients) if (c instanceof Map<?, ?> m) items.add(client(m));
            if (clients.isEmpty()) break;
        }
        items.sort(BY_AMOUNT);
        return new ClientList(searchKey, year, years, items, Math.max(total, items.size()), calls, Instant.now());
    }

    private static Map<String, Object> inputs(String searchKey, String year, int page, int pageSize) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("searchKey", searchKey);
        if (year != null) in.put("year", year);
        in.put("pageIndex", page);
        in.put("pageSize", pageSize);
        return in;
    }

    private static ClientCompany client(Map<?, ?> m) {
        return new ClientCompany(Values.text(m.get("year")), Values.text(m.get("keyNo")), Values.text(m.get("name")), Values.text(m.get("imageUrl")),
                Values.decimal(m.get("salesAmount")), Values.decimal(m.get("salesPercent")), Values.text(m.get("relationship")), Values.text(m.get("source")));
    }

    private static List<String> texts(Object v) {
        return v instanceof List<?> l ? l.stream().map(Values::text).filter(s -> s != null).toList() : List.of();
    }
}
