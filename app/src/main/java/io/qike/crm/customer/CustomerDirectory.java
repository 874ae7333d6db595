package io.qike.crm.customer;

import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.VisibleOwners;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What other modules need to know about customers they refer to (contacts, sales records): names for
 * display and whether the user's data scope covers them, without reading the customer table themselves.
 */
@Service
public class CustomerDirectory {
    private final CustomerRepository repository;
    private final DataScopes scopes;

    CustomerDirectory(CustomerRepository repository, DataScopes scopes) {
        this.repository = repository;
        this.scopes = scopes;
    }

    /** The names of these customers, whoever owns them (a record shows its customer's name even outside the scope). */
    public Map<Long, String> names(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.names(ids);
    }

    /** Whether the current user's data scope covers this customer. */
    public boolean visible(long id) {
        return repository.isVisible(id, scopes.current());
    }

    /** The customers the current user's data scope covers; null when it covers all of them. */
    public Long[] visibleIds() {
        VisibleOwners visible = scopes.current();
        return visible.everyone() ? null : repository.idsOwnedBy(visible);
    }
}
