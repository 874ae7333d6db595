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

/**
 * Enriches one customer of a job: looks it up by credit code or name (a name that is not a registry
 * name exactly is searched, and taken when one hit has the same normalised name), fills the fields
 * the card leaves empty — a refresh also takes the registry status, which only the registry knows —
 * and keeps the registry record. It only looks up and decides: the job writes the {@link Result}
 * together with its checkpoint, so no transaction is held open while a provider answers.
 */
@Component
class ItemEnricher {
    /** A customer's outcome, and the change to the customer to write with it (null when there is none). */
    record Result(String status, String message, Runnable write) {
        static Result of(String status, String message) {
            return new Result(status, message, null);
        }
    }

    /** The providers cannot answer now: the job stops and this customer waits (nothing is written). */
    static final class Unavailable extends RuntimeException {
        final transient LookupOutcome outcome;

        Unavailable(LookupOutcome outcome) {
            super("registry unavailable");
            this.outcome = outcome;
        }
    }

    private final RegistryLookup lookup;
    private final CustomerService customers;

    ItemEnricher(RegistryLookup lookup, CustomerService customers) {
        this.lookup = lookup;
        this.customers = customers;
    }

    Result enrich(long customerId, boolean refresh) {
        Customer c;
        try {
            c = customers.get(customerId);
        } catch (NotFoundException e) {
            return Result.of("SKIPPED", "not_visible");
        }
        if (!refresh && c.registryFetchedAt() != null) return Result.of("SKIPPED", "has_registry_data");
        Instant held = refresh && c.registryFetchedAt() != null ? c.registryFetchedAt().toInstant() : null;
        RegistryCompany company;
        try {
            company = find(c, held);
        } catch (InvalidInputException e) { // a name no provider would take as a keyword
            return Result.of("NOT_FOUND", "keyword");
        }
        if (company.outcome().status() == LookupStatus.UNAVAILABLE || company.outcome().status() == LookupStatus.DISABLED) {
            throw new Unavailable(company.outcome());
        }
        if (!company.found()) return Result.of("NOT_FOUND", company.outcome().status().name());
        CustomerDraft draft = customers.draftOf(c);
        Map<String, String> current = CardDrafts.values(draft);
        Map<String, String> fill = new LinkedHashMap<>();
        company.card().forEach((k, v) -> {
            String now = current.get(k);
            if (now == null || now.isBlank() || refresh && k.equals("registrationStatus") && !v.equals(now)) fill.put(k, v);
        });
        return new Result(fill.isEmpty() ? "UNCHANGED" : "ENRICHED", String.join(",", fill.keySet()), () -> {
            if (!fill.isEmpty()) customers.update(customerId, CardDrafts.apply(draft, fill, false));
            customers.recordRegistryData(customerId, company.outcome().provider().code(), company.raw(),
                    company.outcome().fetchedAt().atOffset(ZoneOffset.UTC));
        });
    }

    /** Why writing a customer's change was refused (a duplicate credit code, an invalid value). */
    static String refusal(RuntimeException e) {
        if (!(e instanceof ConflictException c)) return e.getMessage();
        return c.details().get("existingName") == null ? c.code() : c.code() + ":" + c.details().get("existingName");
    }

    private RegistryCompany find(Customer c, Instant held) {
        if (c.creditCode() != null) return lookup.detail(c.creditCode(), held);
        RegistryCompany byName = lookup.detail(c.name(), held);
        if (byName.outcome().status() != LookupStatus.NOT_FOUND) return byName;
        String norm = CompanyNames.normalize(c.name());
        var hits = lookup.search(c.name(), 1).candidates().stream()
                .filter(x -> x.creditCode() != null && CompanyNames.normalize(x.name()).equals(norm)).toList();
        return hits.size() == 1 ? lookup.detail(hits.get(0).creditCode(), held) : byName;
    }
}
