package io.qike.crm.wecom.external;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.dedup.DuplicateCandidate;
import io.qike.crm.dedup.DuplicateCheck;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.registry.RegistryCompany;
import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryLookup;
import io.qike.crm.registry.RegistryLookupException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Finds the customer of an external contact's corp by the duplicate check's normalised names (full name first, then
 * the short name), or creates it: through the registry (工商新建, cached lookups, so a company costs at most one paid
 * lookup), else by its name alone. A personal WeChat contact gets no customer by itself.
 */
@Component
class CustomerMatcher {
    private final DuplicateCheck duplicates;
    private final CustomerDirectory directory;
    private final CustomerService customers;
    private final RegistryLookup lookup;
    private final RegistryCustomers registry;

    CustomerMatcher(DuplicateCheck duplicates, CustomerDirectory directory, CustomerService customers, RegistryLookup lookup,
                    RegistryCustomers registry) {
        this.duplicates = duplicates;
        this.directory = directory;
        this.customers = customers;
        this.lookup = lookup;
        this.registry = registry;
    }

    /** What each would match, by external userid, without any paid call: for the list. */
    Map<String, CustomerMatch> propose(Collection<ExternalContact> contacts) {
        List<String> names = new ArrayList<>();
        for (ExternalContact c : contacts) {
            if (c.corpFullName() != null) names.add(c.corpFullName());
            if (c.corpName() != null) names.add(c.corpName());
        }
        Map<String, DuplicateCandidate> same = names.isEmpty() ? Map.of() : duplicates.sameNames(names);
        QikeUser me = CurrentUser.require();
        Map<String, CustomerMatch> out = new HashMap<>();
        for (ExternalContact c : contacts) out.put(c.externalUserId(), proposal(c, same, me));
        return out;
    }

    private CustomerMatch proposal(ExternalContact c, Map<String, DuplicateCandidate> same, QikeUser me) {
        DuplicateCandidate found = sameName(c, same);
        if (found != null) return directory.visible(found.id()) ? CustomerMatch.customer(found.id(), found.name()) : CustomerMatch.needs("out_of_scope");
        if (c.personal()) return CustomerMatch.needs("personal");
        return me.can(Permission.CUSTOMER_CREATE) ? CustomerMatch.create(c.companyName()) : CustomerMatch.needs("no_permission");
    }

    /**
     * The customer the contact goes to, created if need be; a {@link CustomerMatch.Kind#NEEDS_CUSTOMER} match when
     * none can be. Runs outside a transaction: the registry is asked before any connection is held.
     */
    CustomerMatch resolve(ExternalContact c) {
        List<String> names = new ArrayList<>();
        if (c.corpFullName() != null) names.add(c.corpFullName());
        if (c.corpName() != null) names.add(c.corpName());
        CustomerMatch proposed = proposal(c, names.isEmpty() ? Map.of() : duplicates.sameNames(names), CurrentUser.require());
        if (proposed.kind() != CustomerMatch.Kind.CREATE_CUSTOMER) return proposed;
        return create(c.companyName());
    }

    private CustomerMatch create(String name) {
        QikeUser me = CurrentUser.require();
        if (me.can(Permission.REGISTRY_LOOKUP)) {
            RegistryCompany company = company(name);
            if (company != null) {
                DuplicateCandidate known = registry.existing(company.creditCode());
                if (known != null) {
                    return directory.visible(known.id()) ? CustomerMatch.customer(known.id(), known.name()) : CustomerMatch.needs("out_of_scope");
                }
                // The detail is cached now: the prefill asks no provider again.
                long id = registry.create(registry.prefill(name)).id();
                return CustomerMatch.customer(id, directory.names(List.of(id)).get(id));
            }
        }
        long id = customers.create(CustomerDraft.named(name), CustomerService.SimilarNames.ACCEPT).id();
        return CustomerMatch.customer(id, name);
    }

    /** The registry's company of that name, or null when the registry has none (or cannot be asked). */
    private RegistryCompany company(String name) {
        try {
            RegistryCompany company = lookup.detail(name);
            return company.found() ? company : null;
        } catch (RegistryLookupException | InvalidInputException e) {
            return null;
        }
    }

    private static DuplicateCandidate sameName(ExternalContact c, Map<String, DuplicateCandidate> same) {
        for (String n : new String[]{c.corpFullName(), c.corpName()}) {
            if (n == null) continue;
            DuplicateCandidate d = same.get(CompanyNames.normalize(n));
            if (d != null) return d;
        }
        return null;
    }
}
