package io.qike.crm.importexport;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.write.metadata.WriteSheet;
import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactPage;
import io.qike.crm.contact.ContactQuery;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerImport;
import io.qike.crm.customer.CustomerPage;
import io.qike.crm.customer.CustomerQuery;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.User;
import io.qike.crm.platform.org.UserService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Exports (导出) of the customer or contact list as the user sees it: same query, same data scope
 * (every page comes from the list's own search), streamed page by page into the xlsx, with the
 * template's columns so the file can be edited and imported again.
 */
@Service
public class ExportService {
    /** Rows per search: large, because each further page makes the database skip all rows before it. */
    static final int PAGE = 2000;

    /** One page of cells, and whether the search may have more. */
    private record Rows(List<List<Object>> cells, boolean more) {
    }
    private final CustomerService customers;
    private final CustomerImport customerImport;
    private final ContactService contacts;
    private final io.qike.crm.opportunity.OpportunityService opportunities;
    private final io.qike.crm.lead.LeadService leads;
    private final UserService users;
    private final Columns columns;
    private final MessageSource messages;
    private final AuditLog audit;
    private final EnterpriseTime time;

    ExportService(CustomerService customers, CustomerImport customerImport, ContactService contacts, UserService users, Columns columns, MessageSource messages,
                  AuditLog audit, EnterpriseTime time, io.qike.crm.opportunity.OpportunityService opportunities,
                  io.qike.crm.lead.LeadService leads) {
        this.opportunities = opportunities;
        this.leads = leads;
        this.time = time;
        this.customers = customers;
        this.customerImport = customerImport;
        this.contacts = contacts;
        this.users = users;
        this.columns = columns;
        this.messages = messages;
        this.audit = audit;
    }

    @RequiresPermission({Permission.CUSTOMER_EXPORT, Permission.CUSTOMER_VIEW})
    public int customers(CustomerQuery query, Locale locale, Download target) {
        List<Column> cols = columns.forExport(ImportObject.CUSTOMER);
        ExportValues values = new ExportValues(logins(), messages, locale, time);
        return write(ImportObject.CUSTOMER, cols, locale, target, page -> {
            CustomerPage result = customers.search(query.withPage(page, PAGE));
            return new Rows(result.items().stream().map(c -> cols.stream().map(col -> values.customer(c, col)).toList()).toList(),
                    result.items().size() == result.size());
        });
    }

    @RequiresPermission({Permission.CONTACT_EXPORT, Permission.CONTACT_VIEW})
    public int contacts(ContactQuery query, Locale locale, Download target) {
        List<Column> cols = columns.forExport(ImportObject.CONTACT);
        ExportValues values = new ExportValues(logins(), messages, locale, time);
        return write(ImportObject.CONTACT, cols, locale, target, page -> {
            ContactPage result = contacts.search(query.withPage(page, PAGE));
            Map<Long, String> codes = customerImport.visibleCreditCodes(result.items().stream().map(Contact::customerId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
            return new Rows(result.items().stream().map(c -> cols.stream().map(col -> values.contact(c, col, codes)).toList()).toList(),
                    result.items().size() == result.size());
        });
    }

    @RequiresPermission({Permission.OPPORTUNITY_EXPORT, Permission.OPPORTUNITY_VIEW})
    public int opportunities(io.qike.crm.opportunity.OpportunityQuery query, Locale locale, Download target) {
        List<Column> cols = columns.forExport(ImportObject.OPPORTUNITY);
        ExportValues values = new ExportValues(logins(), messages, locale, time);
        return write(ImportObject.OPPORTUNITY, cols, locale, target, page -> {
            io.qike.crm.opportunity.OpportunityPage result = opportunities.search(query.withPage(page, PAGE));
            Map<Long, String> codes = customerImport.visibleCreditCodes(result.items().stream()
                    .map(io.qike.crm.opportunity.Opportunity::customerId).collect(Collectors.toSet()));
            return new Rows(result.items().stream().map(o -> cols.stream().map(col -> values.opportunity(o, col, codes)).toList()).toList(),
                    result.items().size() == result.size());
        });
    }

    @RequiresPermission({Permission.LEAD_EXPORT, Permission.LEAD_VIEW})
    public int leads(io.qike.crm.lead.LeadQuery query, Locale locale, Download target) {
        List<Column> cols = columns.forExport(ImportObject.LEAD);
        ExportValues values = new ExportValues(logins(), messages, locale, time);
        return write(ImportObject.LEAD, cols, locale, target, page -> {
            io.qike.crm.lead.LeadPage result = leads.search(new io.qike.crm.lead.LeadQuery(query.q(), query.status(), query.createdFrom(),
                    query.createdTo(), page, PAGE));
            return new Rows(result.items().stream().map(l -> cols.stream().map(col -> values.lead(l, col)).toList()).toList(),
                    result.items().size() == result.size());
        });
    }

    private int write(ImportObject object, List<Column> cols, Locale locale, Download target,
                      Function<Integer, Rows> pages) {
        String label = messages.getMessage("object." + object, null, object.name(), locale);
        String fileName = label + "-" + time.format(Instant.now(), "yyyyMMdd-HHmmss") + ".xlsx";
        int count = 0;
        // The first page is searched before the download starts: a wrong filter is then a clean 400, not a broken file
        Rows rows = pages.apply(0);
        try (OutputStream out = target.open(fileName); ExcelWriter writer = Sheets.writer(out)) {
            WriteSheet sheet = Sheets.sheet(0, label, cols.stream().map(c -> columns.label(c, locale)).toList(), 20);
            int page = 1;
            while (true) {
                writer.write(rows.cells(), sheet);
                count += rows.cells().size();
                if (!rows.more()) break;
                rows = pages.apply(page++);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EXPORT", object.name(), null, fileName, Map.of("rows", new AuditLog.Change(null, count)));
        return count;
    }

    private Map<Long, String> logins() {
        return users.list().stream().collect(Collectors.toMap(User::id, User::login));
    }
}
