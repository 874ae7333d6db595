package io.qike.crm.intel.customers;

/**
 * The seam where a company found in relationship data becomes our customer: {@link RegistryCustomerCreation}
 * through the registry's 工商新建, or {@link DirectCustomerCreation} from the name alone (with the duplicate check)
 * when the registry gives no company.
 */
public interface CustomerCreation {

    /**
     * Creates the customer and returns its id.
     *
     * @throws io.qike.crm.platform.ConflictException     a customer with the same credit code exists
     * @throws io.qike.crm.platform.InvalidInputException the company cannot be a customer as given
     */
    long create(String name, String keyNo);
}
