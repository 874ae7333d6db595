package io.qike.crm.intel.partnership;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerQuery;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.intel.IntelProperties;
import io.qike.crm.intel.lists.CompanyList;
import io.qike.crm.intel.lists.CompanyLists;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns a {@link CompanyChoice} into company names and a note of where they came from. */
@Component
public class CompanySources {
    /** The names and a note of where they came from (a list's name, the filter's terms, pasted). */
    public record Chosen(List<String> names, String origin) {
    }

    private final CompanyLists lists;
    private final CustomerService customers;
    private final IntelProperties props;
    private final MessageSource messages;

    CompanySources(CompanyLists lists, CustomerService customers, IntelProperties props, MessageSource messages) {
        this.lists = lists;
        this.customers = customers;
        this.props = props;
        this.messages = messages;
    }

    public Chosen resolve(CompanyChoice c) {
        if (c.listId() != null) {
            CompanyList l = lists.get(c.listId());
            return new Chosen(l.items().stream().map(CompanyList.Item::name).toList(), origin("list", l.name()));
        }
        List<String> pasted = CompanySet.parse(c.pasted());
        if (!pasted.isEmpty()) return new Chosen(pasted, origin("pasted", ""));
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "level", c.level());
        put(filters, "region", c.region());
        put(filters, "tag", c.tag());
        // Nothing pasted (or only blanks and separators) and no filter: refused, not read as "every customer".
        if (filters.isEmpty() && Text.isBlank(c.q())) new Checks().add("pasted", CompanySet.NONE).throwIfAny();
        // One more than allowed, so a filter matching too many companies is reported rather than cut silently.
        List<Customer> found = customers.search(new CustomerQuery(Text.trimToNull(c.q()), filters, "name", false, 0, props.maxCompanies() + 1)).items();
        String terms = (String.join(" ", filters.values()) + (Text.isBlank(c.q()) ? "" : " " + c.q().strip())).strip();
        return new Chosen(found.stream().map(Customer::name).toList(), origin("filter", terms));
    }

    private String origin(String kind, String detail) {
        return messages.getMessage("intel.origin." + kind, new Object[] {detail}, kind, LocaleContextHolder.getLocale());
    }

    private static void put(Map<String, String> filters, String key, String value) {
        if (Text.hasText(value)) filters.put(key, value.strip());
    }
}
