package io.qike.crm.todo;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.Permission;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** To-dos on a customer: visible with 客户查看 and the customer in the user's data scope. */
@Component
class CustomerSubject implements TodoSubject {
    private final CustomerDirectory customers;

    CustomerSubject(CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public String type() {
        return "CUSTOMER";
    }

    @Override
    public Optional<String> visibleLabel(long id) {
        if (CurrentUser.find().filter(u -> u.can(Permission.CUSTOMER_VIEW)).isEmpty() || !customers.visible(id)) return Optional.empty();
        return Optional.ofNullable(customers.names(List.of(id)).get(id));
    }

    @Override
    public String webPath(long id) {
        return "/customers/" + id;
    }

    @Override
    public String h5Path(long id) {
        return "/h5/customers/" + id;
    }
}
