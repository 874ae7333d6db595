package io.qike.crm.intel.clients;

import io.qike.crm.registry.RegistryCustomers;
import io.qike.crm.registry.RegistryLookupException;
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
class RegistryConversion implements ConversionMethod {
    private final RegistryCustomers registry;
    private final DirectConversion direct;

    RegistryConversion(RegistryCustomers registry, DirectConversion direct) {
        this.registry = registry;
        this.direct = direct;
    }

    @Override
    public Prepared prepare(String name, String keyNo) {
        // Without 工商查询 the client is converted as listed: no paid registry call on the user's behalf.
        if (!io.qike.crm.platform.CurrentUser.require().can(io.qike.crm.platform.Permission.REGISTRY_LOOKUP)) {
            return new Prepared(name, keyNo, null);
        }
        try {
            return new Prepared(name, keyNo, registry.prefill(name));
        } catch (RegistryLookupException noCompany) {
            return new Prepared(name, keyNo, null);
        }
    }

    @Override
    public long create(Prepared prepared) {
        return prepared.registryCard() != null ? registry.create(prepared.registryCard()).id() : direct.create(prepared);
    }
}
