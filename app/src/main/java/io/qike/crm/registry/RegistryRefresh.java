package io.qike.crm.registry;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.registry.mapping.CardDrafts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 刷新工商信息: the registry's current record against the customer card, field by field, and the
 * fields the user accepts written with the new registry record. A cached answer is used only when it
 * is newer than what the customer holds, so a refresh always brings newer data, and the diff and its
 * apply cost one provider call between them.
 */
@Service
public class RegistryRefresh {
    /** One field whose registry value differs from the card. */
    public record Change(String field, String current, String registry) {
    }

    /** The differing fields; empty when the card matches the registry. */
    public record Diff(Customer customer, RegistryCompany company, List<Change> changes) {
    }

    private final RegistryLookup lookup;
    private final CustomerService customers;
    private final TransactionTemplate tx;

    RegistryRefresh(RegistryLookup lookup, CustomerService customers, TransactionTemplate tx) {
        this.lookup = lookup;
        this.customers = customers;
        this.tx = tx;
    }

    /** @throws RegistryLookupException the registry gave no company */
    @RequiresPermission({Permission.CUSTOMER_EDIT, Permission.REGISTRY_LOOKUP})
    public Diff diff(long customerId) {
        Customer c = customers.get(customerId);
        RegistryCompany company = fetch(c);
        Map<String, String> current = CardDrafts.values(customers.draftOf(c));
        List<Change> changes = new ArrayList<>();
        company.card().forEach((field, value) -> {
            if (!Objects.equals(comparable(field, current.get(field)), comparable(field, value))) {
                changes.add(new Change(field, current.get(field), value));
            }
        });
        return new Diff(c, company, changes);
    }

    /** Writes the accepted fields (others stay as they are) and the registry record. */
    @RequiresPermission({Permission.CUSTOMER_EDIT, Permission.REGISTRY_LOOKUP})
    public Customer apply(long customerId, Collection<String> fields) {
        Customer c = customers.get(customerId);
        RegistryCompany company = fetch(c);
        Map<String, String> accepted = new LinkedHashMap<>();
        company.card().forEach((k, v) -> { if (fields.contains(k)) accepted.put(k, v); });
        CustomerDraft draft = CardDrafts.apply(customers.draftOf(c), accepted, false);
        return tx.execute(s -> {
            Customer after = accepted.isEmpty() ? c : customers.update(customerId, draft);
            customers.recordRegistryData(customerId, company.outcome().provider().code(), company.raw(),
                    company.outcome().fetchedAt().atOffset(ZoneOffset.UTC));
            return after;
        });
    }

    private RegistryCompany fetch(Customer c) {
        String keyword = c.creditCode() != null ? c.creditCode() : c.name();
        Instant held = c.registryFetchedAt() == null ? null : c.registryFetchedAt().toInstant();
        return RegistryCustomers.found(lookup.detail(keyword, held));
    }

    /** Values as a user would compare them: no scheme on web addresses, no trailing zeros on amounts. */
    private static String comparable(String field, String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.trim();
        if (field.equals("website")) return v.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
        if (field.equals("registeredCapital")) {
            try {
                return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }
}
