package io.qike.crm.intel.clients;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import org.springframework.stereotype.Component;

/** Creates the customer from its name, owned by the current user, marked as found through the registry. */
@Component
class DirectConversion implements ConversionMethod {
    private final CustomerService customers;

    DirectConversion(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public Prepared prepare(String name, String keyNo) {
        return new Prepared(name, keyNo, null);
    }

    @Override
    public long create(Prepared prepared) {
        CustomerDraft draft = CustomerDraft.builder().name(prepared.name()).source("REGISTRY").build();
        return customers.create(draft).id();
    }
}
