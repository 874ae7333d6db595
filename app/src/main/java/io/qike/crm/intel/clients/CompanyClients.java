package io.qike.crm.intel.clients;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.intel.IntelProperties;
import io.qike.crm.intel.provider.QichachaFlows;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A company's clients (其客户: its customers as 企查查's 客户查询 lists them, called clients in this package so
 * that they are never confused with our own customers), with every listed company marked when it already is our
 * customer. Lists are cached per tenant, company and year for {@code qike.intel.customers-cache-ttl}: each page
 * is a paid call, and annual reports change once a year.
 */
@Service
public class CompanyClients {
    private final ClientListFetcher fetcher;
    private final ClientMatches ours;
    private final CustomerService customers;
    private final Cache<String, ClientList> cache;

    CompanyClients(ClientListFetcher fetcher, ClientMatches ours, CustomerService customers, IntelProperties props) {
        this.fetcher = fetcher;
        this.ours = ours;
        this.customers = customers;
        this.cache = Caffeine.newBuilder().expireAfterWrite(props.customersCacheTtl()).maximumSize(props.customersCacheSize()).build();
    }

    /**
     * The customers of a company named by name, 注册号, credit code or KeyNo.
     *
     * @param year    a 4-digit year, or null for every year
     * @param refresh ask 企查查 again even when the list is cached
     */
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public ListedClients of(String company, String year, boolean refresh) {
        String searchKey = company == null ? "" : company.strip();
        String y = year == null || year.isBlank() ? null : year.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (searchKey.isEmpty()) problems.add(FieldProblem.of("company", "required"));
        else if (searchKey.codePointCount(0, searchKey.length()) < 2) problems.add(FieldProblem.of("company", "too_short", QichachaFlows.MIN_NAME));
        if (y != null && !y.matches("\\d{4}")) problems.add(FieldProblem.of("year", "pattern"));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);

        String key = TenantContext.currentTenantId() + "\u0001" + searchKey + "\u0001" + y;
        ClientList cached = refresh ? null : cache.getIfPresent(key);
        // A list already fetched is free to show; asking 企查查 is a paid call and takes 关系挖掘's permission.
        if (cached == null && !CurrentUser.require().can(Permission.INTEL_MINE)) throw new AccessDeniedException("paid relationship call not permitted");
        ClientList list = cached != null ? cached : fetcher.fetch(searchKey, y);
        if (cached == null) cache.put(key, list);
        List<String> years = list.years();
        if (years.isEmpty() && y != null) {
            // A year without customers answers 201, which carries no YearList: keep the selector from the full list.
            ClientList all = cache.getIfPresent(TenantContext.currentTenantId() + "\u0001" + searchKey + "\u0001" + null);
            if (all != null) years = all.years();
        }
        ClientMatches.Lookup lookup = ours.lookup(list.items().stream().map(ClientCompany::name).toList(),
                list.items().stream().map(ClientCompany::keyNo).toList());
        List<ListedClient> items = list.items().stream().map(c -> ListedClient.of(c, lookup.of(c.name(), c.keyNo()))).toList();
        return new ListedClients(searchKey, y, years, list.total(), items, list.fetchedAt(), cached != null);
    }

    /** The customers of one of our customers: asked by its credit code when it has one, else by its name. */
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public ListedClients ofCustomer(long customerId, String year, boolean refresh) {
        return of(searchKeyOf(customers.get(customerId)), year, refresh);
    }

    public static String searchKeyOf(Customer c) {
        return c.creditCode() != null && !c.creditCode().isBlank() ? c.creditCode() : c.name();
    }
}
