package io.qike.crm.customer;

import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.User;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.platform.validation.Checks;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
    private final DepartmentService departments;
    private final UserService users;

    CustomerFilters(DepartmentService departments, UserService users) {
        this.departments = departments;
        this.users = users;
    }

    CustomerQuery resolve(CustomerQuery query) {
        Map<String, String> filters = new HashMap<>(query.filters());
        filters.remove(CustomerQuery.OWNERS_IN);
        Checks c = new Checks();
        for (String key : CustomerQuery.DATE_FILTERS) {
            String value = filters.get(key);
            if (value == null || value.isBlank()) continue;
            try {
                LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                c.add(key, "date");
            }
        }
        Long owner = number(c, "ownerId", filters.get("ownerId"));
        Long department = number(c, "departmentId", filters.remove("departmentId"));
        c.throwIfAny();
        if (owner == null) filters.remove("ownerId");
        if (department != null) filters.put(CustomerQuery.OWNERS_IN, ownersIn(department));
        return new CustomerQuery(query.q(), filters, query.sort(), query.descending(), query.page(), query.size());
    }

    private String ownersIn(long department) {
        Set<Long> ids = new HashSet<>(departments.subtreeIds(department));
        String owners = users.list().stream().filter(u -> u.departmentId() != null && ids.contains(u.departmentId()))
                .map(User::id).map(String::valueOf).collect(Collectors.joining(","));
        return owners.isEmpty() ? NOBODY : owners;
    }

    private static Long number(Checks c, String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            c.add(field, "number");
            return null;
        }
    }
}
