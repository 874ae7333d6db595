package io.qike.crm.intel.customers;

import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryLookupException;
import java.util.Map;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Creates the customer through the registry's 工商新建 (the card filled from the national business
 * registry, duplicate check by credit code before any paid call). When the registry gives no company —
 * not set up or switched off, not found, or every provider unavailable — the customer is created from
 * its name as before, and the rep can refresh its registry data later.
 */
@Primary
@Component
class RegistryCustomerCreation implements CustomerCreation {
    private final RegistryCustomers registry;
    private final DirectCustomerCreation direct;

    RegistryCustomerCreation(RegistryCustomers registry, DirectCustomerCreation direct) {
        this.registry = registry;
        this.direct = direct;
    }

    @Override
    public long create(String name, String keyNo) {
        try {
            return registry.create(name, null, Map.of()).id();
        } catch (RegistryLookupException noCompany) {
            return direct.create(name, keyNo);
        }
    }
}
