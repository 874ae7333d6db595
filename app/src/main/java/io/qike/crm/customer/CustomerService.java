package io.qike.crm.customer;

import io.qike.crm.dedup.DuplicateCheck;
import io.qike.crm.dedup.DuplicateReport;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresAnyPermission;
import io.qike.crm.platform.RequiresPermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything a user can do with customers; the UI, the API and imports all come through here. */
@Service
public class CustomerService {
    /** The result of creating a customer: its id and the similar names that were found (a warning). */
    public record Created(long id, DuplicateReport duplicates) {
    }

    private final CustomerRepository repository;
    private final CustomerValidator validator;
    private final DuplicateCheck duplicates;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final tools.jackson.databind.json.JsonMapper json;

    CustomerService(CustomerRepository repository, CustomerValidator validator, DuplicateCheck duplicates, DataScopes scopes,
                    AuditLog audit, JdbcClient jdbc, tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.repository = repository;
        this.validator = validator;
        this.duplicates = duplicates;
        this.scopes = scopes;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public CustomerPage search(CustomerQuery query) {
        return repository.search(query, scopes.current());
    }

    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public Customer get(long id) {
        return repository.find(id, scopes.current()).orElseThrow(() -> new NotFoundException("customer", id));
    }

    /** Creates a customer; a customer with the same credit code blocks it (409 naming the existing one). */
    @Transactional
    @RequiresPermission(Permission.CUSTOMER_CREATE)
    public Created create(CustomerDraft draft) {
        QikeUser me = CurrentUser.require();
        long owner = ownerFor(draft.ownerId(), me);
        CustomerValues values = validator.validate(draft, owner, null);
        DuplicateReport report = duplicates.check(values.name(), values.creditCode(), null);
        if (report.blocked()) throw duplicateCode(report);
        long id = repository.insert(values, departmentOf(owner), me.userId());
        audit.record("CREATE", "CUSTOMER", id, values.name());
        return new Created(id, report);
    }

    @Transactional
    @RequiresPermission(Permission.CUSTOMER_EDIT)
    public Customer update(long id, CustomerDraft draft) {
        Customer before = get(id);
        QikeUser me = CurrentUser.require();
        long owner = draft.ownerId() == null ? before.ownerId() : draft.ownerId();
        if (owner != before.ownerId()) ownerFor(owner, me);
        CustomerValues values = validator.validate(draft, owner, id);
        DuplicateReport report = duplicates.check(values.name(), values.creditCode(), id);
        if (report.blocked()) throw duplicateCode(report);
        repository.update(id, values, departmentOf(owner));
        Customer after = repository.find(id, io.qike.crm.platform.VisibleOwners.all()).orElseThrow();
        audit.record("UPDATE", "CUSTOMER", id, after.name(), diff(before, after));
        return after;
    }

    @Transactional
    @RequiresPermission(Permission.CUSTOMER_DELETE)
    public void delete(long id) {
        Customer c = get(id);
        repository.delete(id);
        audit.record("DELETE", "CUSTOMER", id, c.name());
    }

    /** The draft that reproduces a customer, for edit forms and partial updates. */
    public CustomerDraft draftOf(Customer c) {
        return new CustomerDraft(c.name(), c.creditCode(), c.legalRepresentative(),
                c.registeredCapital() == null ? null : c.registeredCapital().stripTrailingZeros().toPlainString(),
                c.capitalCurrency(), c.establishedOn() == null ? null : c.establishedOn().toString(), c.registrationStatus(),
                c.address(), c.region(), c.industry(), c.businessScope(), c.phone(), c.email(), c.website(), c.ownerId(),
                c.source(), c.level(), c.tags(), c.custom());
    }

    private long ownerFor(Long requested, QikeUser me) {
        if (requested == null || requested == me.userId()) return me.userId();
        if (!me.can(Permission.CUSTOMER_ASSIGN)) throw new InvalidInputException(FieldProblem.of("ownerId", "assign_forbidden"));
        if (jdbc.sql("select count(*) from app_user where id = ? and status = 'ACTIVE'").param(requested).query(Integer.class).single() == 0) {
            throw new InvalidInputException(FieldProblem.of("ownerId", "not_found"));
        }
        return requested;
    }

    private Long departmentOf(long userId) {
        return jdbc.sql("select department_id from app_user where id = ?").param(userId).query(Long.class).optional().orElse(null);
    }

    /**
     * Keeps the registry record a customer was created or refreshed from (工商信息): the provider, the
     * provider's own company object and when it was fetched. For the registry module, which checks
     * the user's right to create or edit the customer first; it runs inside that module's transaction.
     */
    @Transactional
    @RequiresAnyPermission({Permission.CUSTOMER_CREATE, Permission.CUSTOMER_EDIT})
    public void recordRegistryData(long id, String provider, Map<String, ?> payload, java.time.OffsetDateTime fetchedAt) {
        repository.recordRegistryData(id, provider, payload == null ? null : json.writeValueAsString(payload), fetchedAt);
    }

    /** The 409 for a credit code the tenant already has, naming the existing customer and its owner. */
    public static ConflictException duplicateCode(DuplicateReport report) {
        var existing = report.sameCreditCode();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("existingId", existing.id());
        details.put("existingName", existing.name());
        details.put("existingOwner", existing.ownerName());
        return new ConflictException("duplicate_credit_code", "error.duplicate_credit_code", details);
    }

    private static Map<String, AuditLog.Change> diff(Customer a, Customer b) {
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        Object[][] pairs = {
                {"name", a.name(), b.name()}, {"creditCode", a.creditCode(), b.creditCode()},
                {"legalRepresentative", a.legalRepresentative(), b.legalRepresentative()},
                {"registeredCapital", a.registeredCapital(), b.registeredCapital()},
                {"capitalCurrency", a.capitalCurrency(), b.capitalCurrency()}, {"establishedOn", a.establishedOn(), b.establishedOn()},
                {"registrationStatus", a.registrationStatus(), b.registrationStatus()}, {"address", a.address(), b.address()},
                {"region", a.region(), b.region()}, {"industry", a.industry(), b.industry()},
                {"businessScope", a.businessScope(), b.businessScope()}, {"phone", a.phone(), b.phone()},
                {"email", a.email(), b.email()}, {"website", a.website(), b.website()}, {"owner", a.ownerName(), b.ownerName()},
                {"source", a.source(), b.source()}, {"level", a.level(), b.level()}, {"tags", a.tags(), b.tags()}};
        for (Object[] p : pairs) {
            if (!Objects.equals(normal(p[1]), normal(p[2]))) changes.put((String) p[0], new AuditLog.Change(p[1], p[2]));
        }
        for (String key : union(a.custom().keySet(), b.custom().keySet())) {
            Object x = a.custom().get(key), y = b.custom().get(key);
            if (!Objects.equals(normal(x), normal(y))) changes.put("custom." + key, new AuditLog.Change(x, y));
        }
        return changes;
    }

    private static Object normal(Object o) {
        return o instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : o instanceof Number n ? new java.math.BigDecimal(n.toString()).stripTrailingZeros() : o;
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
