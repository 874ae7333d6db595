package io.qike.crm.registry.web;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customer.CustomerPrefill;
import io.qike.crm.customer.CustomerPrefills;
import io.qike.crm.customer.PrefillUnavailableException;
import io.qike.crm.registry.LookupOutcome;
import io.qike.crm.registry.RegistryCompany;
import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryLookupException;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryMessages;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * 工商新建 on the customer module's form: the card filled from the registry, its fields marked 工商 with a note
 * naming the provider, and the customer created with the registry record kept beside it. The reference is the
 * keyword the rep chose (a credit code or a name).
 */
@Component
class RegistryCustomerPrefills implements CustomerPrefills {
    static final String SOURCE = "registry";
    private final RegistryCustomers registry;
    private final RegistryMessages messages;

    RegistryCustomerPrefills(RegistryCustomers registry, RegistryMessages messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public CustomerPrefill prefill(String keyword) {
        try {
            RegistryCustomers.Prefill p = registry.prefill(keyword);
            return shown(p.draft(), p.company());
        } catch (RegistryLookupException e) {
            LookupOutcome o = e.outcome();
            int status = switch (o.status()) {
                case NOT_FOUND -> 404;
                case INVALID_QUERY -> 400;
                default -> 503;
            };
            List<String> why = Stream.of(o.fallback(), o.message()).filter(Objects::nonNull).map(messages::text)
                    .filter(Objects::nonNull).toList();
            throw new PrefillUnavailableException(status, why);
        }
    }

    @Override
    public CustomerPrefill marks(String keyword) {
        return shown(null, registry.company(keyword));
    }

    @Override
    public long create(String keyword, CustomerDraft edited, CustomerService.SimilarNames similar) {
        return registry.createEdited(keyword, edited, similar).id();
    }

    private CustomerPrefill shown(CustomerDraft draft, RegistryCompany company) {
        Set<String> fields = company.found() ? company.card().keySet() : Set.of();
        String provider = company.found() ? messages.text(RegistryMessage.provider(company.outcome().provider())) : "";
        return new CustomerPrefill(draft, fields, messages.text(RegistryMessage.of("registry.new.mark")),
                messages.text(RegistryMessage.of("registry.new.note", provider)));
    }
}
