package io.qike.crm.customer;

import io.qike.crm.platform.DataScopes;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The customer picker (选择客户) that forms of other objects embed (a contact's 所属客户, later an opportunity's):
 * a typeahead over the customers the user's data scope covers, by name or credit code, and the label of the
 * customer a form already holds. The form's own service still checks the customer it receives.
 */
@Component
public class CustomerPicker {
    /** How many customers the picker offers at once: enough to choose from, few enough to read. */
    static final int OFFERED = 10;
    private final CustomerService customers;
    private final CustomerRepository repository;
    private final DataScopes scopes;

    CustomerPicker(CustomerService customers, CustomerRepository repository, DataScopes scopes) {
        this.customers = customers;
        this.repository = repository;
        this.scopes = scopes;
    }

    /** The customers the user may see whose name, credit code or phone matches {@code q}; the latest ones for none. */
    public List<Customer> offer(String q) {
        return customers.search(CustomerQuery.keyword(q).withPage(0, OFFERED)).items();
    }

    /** The name of the chosen customer, or null when there is none or the user may not see it. */
    public String label(Long customerId) {
        if (customerId == null) return null;
        return repository.find(customerId, scopes.current()).map(Customer::name).orElse(null);
    }
}
