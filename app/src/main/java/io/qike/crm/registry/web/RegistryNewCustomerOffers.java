package io.qike.crm.registry.web;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerOffer;
import io.qike.crm.customer.CustomerPrefill;
import io.qike.crm.customer.NewCustomerOffers;
import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.registry.RegistryCompany;
import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryLookup;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryMessages;
import io.qike.crm.registry.RegistrySettings;
import io.qike.crm.registry.lookup.Keywords;
import io.qike.crm.registry.mapping.CardDrafts;
import io.qike.crm.registry.mapping.Conversions;
import io.qike.crm.registry.preset.ProviderPresets;
import io.qike.crm.registry.store.CurrentSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 新建客户时自动填充工商信息 for a customer typed by hand: when the switch is on and the typed credit code (else the
 * name) is a registry company exactly, its card is offered before the save. One detail lookup per save attempt,
 * cached, so taking the offer costs nothing more; none at all with the switch off or without 工商查询. Outside any
 * transaction, as the seam requires; a provider that cannot answer offers nothing.
 */
@Component
class RegistryNewCustomerOffers implements NewCustomerOffers {
    private final CurrentSettings settings;
    private final RegistryLookup lookup;
    private final RegistryCustomers registry;
    private final RegistryMessages messages;

    RegistryNewCustomerOffers(CurrentSettings settings, RegistryLookup lookup, RegistryCustomers registry, RegistryMessages messages) {
        this.settings = settings;
        this.lookup = lookup;
        this.registry = registry;
        this.messages = messages;
    }

    @Override
    public Optional<CustomerOffer> offer(CustomerDraft typed) {
        RegistrySettings s = settings.get();
        if (!s.enabled() || s.order().isEmpty() || !CurrentUser.require().can(Permission.REGISTRY_LOOKUP)) return Optional.empty();
        String code = typed.creditCode() == null || typed.creditCode().isBlank() ? null : Keywords.creditCode(typed.creditCode().strip());
        String name = typed.name() == null ? "" : typed.name().strip();
        RegistryCompany company;
        try {
            company = lookup.detail(code != null ? code : name);
        } catch (InvalidInputException e) { // a name no provider takes as a keyword
            return Optional.empty();
        }
        if (!company.found() || !matches(company, code, name)) return Optional.empty();
        // A company the tenant already has: the save itself names the existing customer.
        if (company.creditCode() != null && registry.existing(company.creditCode()) != null) return Optional.empty();
        String provider = messages.text(RegistryMessage.provider(company.outcome().provider()));
        CustomerPrefill filled = new CustomerPrefill(CardDrafts.apply(typed, company.card(), true), company.card().keySet(),
                text("registry.new.mark"), messages.text(RegistryMessage.of("registry.new.note", provider)));
        String reference = company.creditCode() != null ? company.creditCode() : text(company, "name");
        return Optional.of(new CustomerOffer(RegistryCustomerPrefills.SOURCE, reference,
                messages.text(RegistryMessage.of("registry.offer.title", provider)), lines(company), filled));
    }

    /** Exactly the registry's company: the same credit code, or the same name (current or former, brackets' width aside). */
    private static boolean matches(RegistryCompany c, String code, String name) {
        if (code != null) return code.equals(Keywords.creditCode(text(c, "creditCode")));
        String typed = CompanyNames.normalize(name);
        if (typed.equals(CompanyNames.normalize(text(c, "name")))) return true;
        return ProviderPresets.names(c.fields().get("formerNames")).stream().anyMatch(n -> typed.equals(CompanyNames.normalize(n)));
    }

    private List<CustomerOffer.Line> lines(RegistryCompany c) {
        List<CustomerOffer.Line> out = new ArrayList<>();
        line(out, "registry.candidate.name", text(c, "name"));
        line(out, "registry.candidate.creditCode", text(c, "creditCode"));
        line(out, "registry.candidate.legalPerson", text(c, "legalPerson"));
        line(out, "registry.candidate.status", c.card().getOrDefault("registrationStatus", text(c, "status")));
        line(out, "registry.candidate.establishedOn", text(c, "establishedOn"));
        line(out, "registry.offer.address", text(c, "address"));
        line(out, "registry.formerNames", String.join("；", ProviderPresets.names(c.fields().get("formerNames"))));
        return out;
    }

    private void line(List<CustomerOffer.Line> out, String label, String value) {
        if (value != null && !value.isBlank()) out.add(new CustomerOffer.Line(text(label), value));
    }

    private String text(String key) {
        return messages.text(RegistryMessage.of(key));
    }

    private static String text(RegistryCompany c, String field) {
        return Conversions.text(c.fields().get(field));
    }
}
