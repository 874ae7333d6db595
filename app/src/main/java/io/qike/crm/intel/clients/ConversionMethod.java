package io.qike.crm.intel.clients;

import io.qike.crm.registry.RegistryCustomers;

/**
 * The seam where a company found in relationship data becomes our customer: {@link RegistryConversion}
 * through the registry's 工商新建, or {@link DirectConversion} from the name alone (with the duplicate check)
 * when the registry gives no company. In two steps: {@link #prepare} looks the company up before any transaction
 * (a registry lookup may be a paid call, and a transaction should not wait on an outside service),
 * {@link #create} writes the customer inside the caller's transaction.
 */
public interface ConversionMethod {

    /** The company as it will be created; {@code registryCard} is null when it is created from its name alone. */
    record Prepared(String name, String keyNo, RegistryCustomers.Prefill registryCard) {
    }

    /**
     * Looks the company up, outside any transaction.
     *
     * @throws io.qike.crm.platform.ConflictException     a customer with the same credit code exists
     * @throws io.qike.crm.platform.InvalidInputException the company cannot be a customer as given
     */
    Prepared prepare(String name, String keyNo);

    /**
     * Creates the prepared customer and returns its id.
     *
     * @throws io.qike.crm.platform.ConflictException     a customer with the same credit code exists
     * @throws io.qike.crm.platform.InvalidInputException the company cannot be a customer as given
     */
    long create(Prepared prepared);
}
