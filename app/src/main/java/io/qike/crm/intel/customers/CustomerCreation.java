package io.qike.crm.intel.customers;

/**
 * The seam where a company found in relationship data becomes our customer. Today {@link DirectCustomerCreation}
 * creates it from the name alone through {@code CustomerService} (with the duplicate check). When the registry
 * module's creation flow (工商信息 新建客户) lands, a bean of this type that fetches the registry facts first
 * replaces it: mark that bean {@code @Primary}, nothing else in intel changes.
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
