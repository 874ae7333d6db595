package io.qike.crm.customer;

import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a list request's filters (a wrong date or number is a field problem, not a failure) and turns the
 * department filter into the owners who are in that department or one below it now, whatever department the
 * customer was filed under when it was saved.
 */
@Component
class CustomerFilters {
    /** No user has this id: a department without people matches no customer. */
    private static final String NOBODY = "0";
    private final RecordOwners owners;

    CustomerFilters(RecordOwners owners) {
        this.owners = owners;
    }

    CustomerQuery resolve(CustomerQuery query) {
        Map<String, String> filters = new HashMap<>(query.filters());
        filters.remove(CustomerQuery.OWNERS_IN);
        Checks c = new Checks();
        for (String key : CustomerQuery.DATE_FILTERS) c.date(key, filters.get(key));
        Long owner = c.id("ownerId", filters.get("ownerId"));
        Long department = c.id("departmentId", filters.remove("departmentId"));
        c.throwIfAny();
        if (owner == null) filters.remove("ownerId");
        if (department != null) filters.put(CustomerQuery.OWNERS_IN, ownersIn(department));
        return new CustomerQuery(query.q(), filters, query.sort(), query.descending(), query.page(), query.size());
    }

    private String ownersIn(long department) {
        List<Long> ids = owners.inDepartment(department);
        return ids.isEmpty() ? NOBODY : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
