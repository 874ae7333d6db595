package io.qike.crm.registry.enrich;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.registry.LookupOutcome;
import io.qike.crm.registry.LookupStatus;
import io.qike.crm.registry.RegistryCompany;
import io.qike.crm.registry.RegistryLookup;
import io.qike.crm.registry.mapping.CardDrafts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enriches one customer of a job: looks it up by credit code or name (a name that is not a registry
 * name exactly is searched, and taken when one hit has the same normalised name), fills the fields
 * the card leaves empty — a refresh also takes the registry status, which only the registry knows —
 * and keeps the registry record; the customer's outcome is written in the same transaction.
 */
@Component
class ItemEnricher {
    /** The providers cannot answer now: the job pauses and this customer waits. */
    static final class Unavailable extends RuntimeException {
        final transient LookupOutcome outcome;

        Unavailable(LookupOutcome outcome) {
            super("registry unavailable");
            this.outcome = outcome;
        }
    }

    private final RegistryLookup lookup;
    private final CustomerService customers;
    private final EnrichmentStore store;
    private final TransactionTemplate tx;

    ItemEnricher(RegistryLookup lookup, CustomerService customers, EnrichmentStore store, TransactionTemplate tx) {
        this.lookup = lookup;
        this.customers = customers;
        this.store = store;
        this.tx = tx;
    }

    void enrich(long jobId, long customerId, boolean refresh) {
        Customer c;
        try {
            c = customers.get(customerId);
        } catch (NotFoundException e) {
            store.finish(jobId, customerId, "SKIPPED", "not_visible");
            return;
        }
        if (!refresh && c.registryFetchedAt() != null) {
            store.finish(jobId, customerId, "SKIPPED", "has_registry_data");
            return;
        }
        Instant held = refresh && c.registryFetchedAt() != null ? c.registryFetchedAt().toInstant() : null;
        RegistryCompany company;
        try {
            company = find(c, held);
        } catch (InvalidInputException e) { // a name no provider would take as a keyword
            store.finish(jobId, customerId, "NOT_FOUND", "keyword");
            return;
        }
        if (company.outcome().status() == LookupStatus.UNAVAILABLE || company.outcome().status() == LookupStatus.DISABLED) {
            throw new Unavailable(company.outcome());
        }
        if (!company.found()) {
            store.finish(jobId, customerId, "NOT_FOUND", company.outcome().status().name());
            return;
        }
        CustomerDraft draft = customers.draftOf(c);
        Map<String, String> current = CardDrafts.values(draft);
        Map<String, String> fill = new LinkedHashMap<>();
        company.card().forEach((k, v) -> {
            String now = current.get(k);
            if (now == null || now.isBlank() || refresh && k.equals("registrationStatus") && !v.equals(now)) fill.put(k, v);
        });
        try {
            tx.executeWithoutResult(s -> {
                if (!fill.isEmpty()) customers.update(customerId, CardDrafts.apply(draft, fill, false));
                customers.recordRegistryData(customerId, company.outcome().provider().code(), company.raw(),
                        company.outcome().fetchedAt().atOffset(ZoneOffset.UTC));
                store.finish(jobId, customerId, fill.isEmpty() ? "UNCHANGED" : "ENRICHED", String.join(",", fill.keySet()));
            });
        } catch (ConflictException e) {
            store.finish(jobId, customerId, "FAILED", e.code() + ":" + e.details().get("existingName"));
        } catch (InvalidInputException e) {
            store.finish(jobId, customerId, "FAILED", e.getMessage());
        }
    }

    private RegistryCompany find(Customer c, Instant held) {
        if (c.creditCode() != null) return lookup.detail(c.creditCode(), held);
        RegistryCompany byName = lookup.detail(c.name(), held);
        if (byName.outcome().status() != LookupStatus.NOT_FOUND) return byName;
        String norm = CompanyNames.normalize(c.name());
        var hits = lookup.search(c.name()).candidates().stream()
                .filter(x -> x.creditCode() != null && CompanyNames.normalize(x.name()).equals(norm)).toList();
        return hits.size() == 1 ? lookup.detail(hits.get(0).creditCode(), held) : byName;
    }
}
