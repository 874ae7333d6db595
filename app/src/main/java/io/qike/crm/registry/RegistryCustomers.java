package io.qike.crm.registry;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.dedup.DuplicateCheck;
import io.qike.crm.dedup.DuplicateReport;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresAnyPermission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.web.JsonPatches;
import io.qike.crm.registry.lookup.Keywords;
import io.qike.crm.registry.mapping.CardDrafts;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 工商查询 and 工商新建 for users: search, the prefilled card, and creating the customer with its
 * registry record in one transaction. The provider is asked before the transaction opens, so no
 * database connection waits on a remote call; a credit code the tenant already has is refused
 * before any paid call.
 */
@Service
public class RegistryCustomers {
    /** The card for 工商新建: the company as found and the customer draft its mapping gives. */
    public record Prefill(RegistryCompany company, CustomerDraft draft) {
    }

    private final RegistryLookup lookup;
    private final CustomerService customers;
    private final DuplicateCheck duplicates;
    private final TransactionTemplate tx;
    private final JsonPatches patches;

    RegistryCustomers(RegistryLookup lookup, CustomerService customers, DuplicateCheck duplicates, TransactionTemplate tx,
                      JsonPatches patches) {
        this.patches = patches;
        this.lookup = lookup;
        this.customers = customers;
        this.duplicates = duplicates;
        this.tx = tx;
    }

    /** One page (from 1) of the companies matching the keyword; each page is a paid call unless cached. */
    @RequiresPermission(Permission.REGISTRY_LOOKUP)
    public RegistrySearch search(String keyword, int page) {
        return lookup.search(keyword, page);
    }

    @RequiresPermission(Permission.REGISTRY_LOOKUP)
    public RegistrySearch search(String keyword) {
        return lookup.search(keyword, 1);
    }

    @RequiresPermission(Permission.REGISTRY_LOOKUP)
    public RegistryCompany company(String keyword) {
        return lookup.detail(keyword);
    }

    /**
     * @throws io.qike.crm.platform.ConflictException {@code duplicate_credit_code} naming the existing customer and owner
     * @throws RegistryLookupException                 the registry gave no company
     */
    @RequiresPermission({Permission.CUSTOMER_CREATE, Permission.REGISTRY_LOOKUP})
    public Prefill prefill(String keyword) {
        refuseKnownCode(Keywords.creditCode(Keywords.check(keyword)));
        RegistryCompany company = found(lookup.detail(keyword));
        refuseKnownCode(company.creditCode());
        return new Prefill(company, CardDrafts.draft(company.card()));
    }

    /** Creates the customer from a card prefilled before (see {@link #prefill}), keeping the registry record. */
    @RequiresPermission({Permission.CUSTOMER_CREATE, Permission.REGISTRY_LOOKUP})
    public CustomerService.Created create(Prefill prefilled) {
        return save(prefilled.draft(), prefilled.company(), CustomerService.SimilarNames.ACCEPT);
    }

    /** Creates the customer straight from the registry (API); {@code overrides} change fields as a JSON merge patch would. */
    @RequiresPermission({Permission.CUSTOMER_CREATE, Permission.REGISTRY_LOOKUP})
    public CustomerService.Created create(String keyword, String creditCode, Map<String, Object> overrides) {
        String k = creditCode != null && !creditCode.isBlank() ? creditCode : keyword;
        if (k == null || k.isBlank()) throw new InvalidInputException(FieldProblem.of("keyword", "keyword_or_credit_code"));
        Prefill p = prefill(k);
        CustomerDraft draft = overrides == null || overrides.isEmpty() ? p.draft() : patches.apply(p.draft(), overrides, CustomerDraft.class);
        return save(draft, p.company(), CustomerService.SimilarNames.ACCEPT);
    }

    /**
     * Creates the customer as the rep edited the prefilled card (工商新建 form), keeping the registry record;
     * like the plain form, similar names stop it until the rep confirms ({@code similar}).
     */
    @RequiresPermission({Permission.CUSTOMER_CREATE, Permission.REGISTRY_LOOKUP})
    public CustomerService.Created createEdited(String keyword, CustomerDraft edited, CustomerService.SimilarNames similar) {
        RegistryCompany company = lookup.detail(keyword);
        return save(edited, company.found() ? company : null, similar);
    }

    private CustomerService.Created save(CustomerDraft draft, RegistryCompany company, CustomerService.SimilarNames similar) {
        return tx.execute(s -> {
            CustomerService.Created created = customers.create(draft, similar);
            if (company != null) {
                customers.recordRegistryData(created.id(), company.outcome().provider().code(), company.raw(),
                        company.outcome().fetchedAt().atOffset(ZoneOffset.UTC));
            }
            return created;
        });
    }

    /**
     * The tenant's customer with this credit code, whoever owns it: only id, name and owner when out of the user's scope,
     * and only the id when 撞单提示 says so.
     */
    @RequiresAnyPermission({Permission.CUSTOMER_CREATE, Permission.CUSTOMER_EDIT})
    public io.qike.crm.dedup.DuplicateCandidate existing(String creditCode) {
        var found = creditCode == null ? null : duplicates.check(null, creditCode, null).sameCreditCode();
        if (found == null || customers.namesDuplicate(found)) return found;
        return new io.qike.crm.dedup.DuplicateCandidate(found.id(), null, null, false, null, null); // 撞单提示: only that it exists
    }

    private void refuseKnownCode(String creditCode) {
        if (creditCode == null) return;
        DuplicateReport report = duplicates.check(null, creditCode, null);
        if (report.blocked()) throw customers.duplicateCode(report);
    }

    static RegistryCompany found(RegistryCompany c) {
        if (!c.found()) throw new RegistryLookupException(c.outcome());
        return c;
    }
}
