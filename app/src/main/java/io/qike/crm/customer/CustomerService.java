package io.qike.crm.customer;

import io.qike.crm.dedup.DuplicateCheck;
import io.qike.crm.dedup.DuplicateReport;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresAnyPermission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.DuplicateHint;
import io.qike.crm.platform.org.EnterpriseSettings;
import io.qike.crm.platform.org.RecordOwners;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everything a user can do with customers; the UI, the API and imports all come through here. */
@Service
public class CustomerService {
    /** The result of creating a customer: its id and the similar names that were found (a warning). */
    public record Created(long id, DuplicateReport duplicates) {
    }

    /** What a create does when customers with similar names exist. */
    public enum SimilarNames {
        /** Refuse (409 {@code similar_names}, naming them) until the user confirms this is another company. */
        REFUSE,
        /** Create anyway and report them: the user confirmed (仍然创建), or the caller decided for itself. */
        ACCEPT
    }

    private final CustomerRepository repository;
    private final CustomerValidator validator;
    private final DuplicateCheck duplicates;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final RecordOwners owners;
    private final tools.jackson.databind.json.JsonMapper json;
    private final CustomerFilters filters;
    private final EnterpriseSettings enterprise;
    private final org.springframework.context.ApplicationEventPublisher events;

    CustomerService(CustomerRepository repository, CustomerValidator validator, DuplicateCheck duplicates, DataScopes scopes,
                    AuditLog audit, RecordOwners owners, tools.jackson.databind.json.JsonMapper json,
                    CustomerFilters filters, EnterpriseSettings enterprise,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.enterprise = enterprise;
        this.filters = filters;
        this.json = json;
        this.repository = repository;
        this.validator = validator;
        this.duplicates = duplicates;
        this.scopes = scopes;
        this.audit = audit;
        this.owners = owners;
    }

    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public CustomerPage search(CustomerQuery query) {
        return repository.search(filters.resolve(query), scopes.current());
    }

    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public Customer get(long id) {
        return repository.find(id, scopes.current()).orElseThrow(() -> new NotFoundException("customer", id));
    }

    /**
     * Creates a customer for callers that decide about similar names themselves (demo data, conversions from
     * relationship data): similar names are reported, not refused. A customer with the same credit code blocks it.
     */
    @Transactional
    @RequiresPermission(Permission.CUSTOMER_CREATE)
    public Created create(CustomerDraft draft) {
        return create(draft, SimilarNames.ACCEPT);
    }

    /**
     * Creates a customer; a customer with the same credit code blocks it (409 naming the existing one), and
     * with {@link SimilarNames#REFUSE} so do similar names until the user confirms (409 {@code similar_names}).
     */
    @Transactional
    @RequiresPermission(Permission.CUSTOMER_CREATE)
    public Created create(CustomerDraft draft, SimilarNames similar) {
        QikeUser me = CurrentUser.require();
        long owner = ownerFor(draft.ownerId(), me);
        CustomerValues values = validator.validate(draft, owner, null);
        DuplicateReport report = duplicates.check(values.name(), values.creditCode(), null);
        if (report.blocked()) throw duplicateCode(report);
        if (report.hasWarnings() && similar == SimilarNames.REFUSE) throw similarNames(report);
        long id = repository.insert(values, departmentOf(owner), me.userId());
        audit.record("CREATE", "CUSTOMER", id, values.name());
        ownerChanged(id, values.name(), null, owner, me);
        return new Created(id, report);
    }

    @Transactional
    @RequiresPermission(Permission.CUSTOMER_EDIT)
    public Customer update(long id, CustomerDraft draft) {
        Customer before = get(id);
        Customer after = write(before, draft);
        audit.record("UPDATE", "CUSTOMER", id, after.name(), diff(before, after));
        return after;
    }

    /** Validates and stores a customer's new values (the owner rule, the credit-code block); the caller audits. */
    Customer write(Customer before, CustomerDraft draft) {
        long id = before.id();
        QikeUser me = CurrentUser.require();
        long owner = draft.ownerId() == null ? before.ownerId() : draft.ownerId();
        if (owner != before.ownerId()) ownerFor(owner, me);
        CustomerValues values = validator.validate(draft, owner, id);
        DuplicateReport report = duplicates.check(values.name(), values.creditCode(), id);
        if (report.blocked()) throw duplicateCode(report);
        repository.update(id, values, departmentOf(owner));
        if (owner != before.ownerId()) ownerChanged(id, values.name(), before.ownerId(), owner, me);
        return repository.find(id, io.qike.crm.platform.VisibleOwners.all()).orElseThrow();
    }

    /**
     * 把这个位置设为客户地址: a field visit's location becomes the customer's, through the same rules as an edit
     * (the customer must be visible, the coordinates valid), audited as one.
     */
    @Transactional
    @RequiresPermission(Permission.CUSTOMER_EDIT)
    public Customer locate(long id, double latitude, double longitude, String locationAddress) {
        Customer before = get(id);
        return update(id, draftOf(before).toBuilder().latitude(Double.toString(latitude)).longitude(Double.toString(longitude))
                .locationAddress(locationAddress).build());
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
        return CustomerDraft.builder().name(c.name()).creditCode(c.creditCode()).legalRepresentative(c.legalRepresentative())
                .registeredCapital(c.registeredCapital() == null ? null : c.registeredCapital().stripTrailingZeros().toPlainString())
                .capitalCurrency(c.capitalCurrency()).establishedOn(c.establishedOn() == null ? null : c.establishedOn().toString())
                .registrationStatus(c.registrationStatus()).address(c.address()).region(c.region()).industry(c.industry())
                .businessScope(c.businessScope()).phone(c.phone()).email(c.email()).website(c.website()).ownerId(c.ownerId())
                .source(c.source()).level(c.level()).tags(c.tags()).custom(c.custom())
                .latitude(c.latitude() == null ? null : c.latitude().toString()).longitude(c.longitude() == null ? null : c.longitude().toString())
                .locationAddress(c.locationAddress()).build();
    }

    /** Tells the new owner (消息提醒), unless they gave the customer to themselves. */
    private void ownerChanged(long id, String name, Long from, long to, QikeUser me) {
        if (to != me.userId()) events.publishEvent(new CustomerOwnerChanged(me.tenantId(), id, name, from, to, me.userId()));
    }

    private long ownerFor(Long requested, QikeUser me) {
        return owners.assign(requested, me, Permission.CUSTOMER_ASSIGN);
    }

    private Long departmentOf(long userId) {
        return owners.departmentOf(userId);
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

    /**
     * The registry record kept by {@link #recordRegistryData} (the provider's own company object), for the registry
     * module's 工商信息 card; empty when the customer has none. The customer must be visible to the user.
     */
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    @SuppressWarnings("unchecked")
    public Map<String, Object> registryData(long id) {
        get(id);
        String payload = repository.registryPayload(id);
        return payload == null ? Map.of() : json.readValue(payload, Map.class);
    }

    /**
     * The 409 for a credit code the tenant already has (撞单). It names the existing customer and its owner when
     * the user can read that customer or the enterprise's 撞单提示 allows it; otherwise it only says the customer
     * exists and to ask one's manager.
     */
    public ConflictException duplicateCode(DuplicateReport report) {
        var existing = report.sameCreditCode();
        if (!namesDuplicate(existing)) {
            return new ConflictException("duplicate_credit_code", "error.duplicate_credit_code.ask_manager", Map.of());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("existingId", existing.id());
        details.put("existingName", existing.name());
        details.put("existingOwner", existing.ownerName());
        return new ConflictException("duplicate_credit_code", "error.duplicate_credit_code", details);
    }

    /** Whether the user may learn the name and owner of this existing customer (撞单提示): they can read it, or the enterprise allows it. */
    public boolean namesDuplicate(io.qike.crm.dedup.DuplicateCandidate existing) {
        return existing.readable() || enterprise.duplicateHint() == DuplicateHint.NAME_AND_OWNER;
    }

    /**
     * The 409 for similar names not confirmed yet, listing the similar customers (only name and owner where not
     * readable). Under the strict 撞单提示 the ones the user cannot read are only counted ({@code othersNotShown}).
     */
    public ConflictException similarNames(DuplicateReport report) {
        List<io.qike.crm.dedup.DuplicateCandidate> shown = shownSimilar(report);
        return new ConflictException("similar_names", "error.similar_names", Map.of("similarCustomers", shown,
                "othersNotShown", report.similarNames().size() - shown.size()));
    }

    /** The similar customers the user may learn of (see {@link #namesDuplicate}). */
    public List<io.qike.crm.dedup.DuplicateCandidate> shownSimilar(DuplicateReport report) {
        return report.similarNames().stream().filter(this::namesDuplicate).toList();
    }

    static Map<String, AuditLog.Change> diff(Customer a, Customer b) {
        return AuditDiff.of().field("name", a.name(), b.name()).field("creditCode", a.creditCode(), b.creditCode())
                .field("legalRepresentative", a.legalRepresentative(), b.legalRepresentative())
                .field("registeredCapital", a.registeredCapital(), b.registeredCapital())
                .field("capitalCurrency", a.capitalCurrency(), b.capitalCurrency())
                .field("establishedOn", a.establishedOn(), b.establishedOn())
                .field("registrationStatus", a.registrationStatus(), b.registrationStatus())
                .field("address", a.address(), b.address()).field("region", a.region(), b.region())
                .field("industry", a.industry(), b.industry()).field("businessScope", a.businessScope(), b.businessScope())
                .field("phone", a.phone(), b.phone()).field("email", a.email(), b.email()).field("website", a.website(), b.website())
                .field("owner", a.ownerName(), b.ownerName()).field("source", a.source(), b.source())
                .field("level", a.level(), b.level()).field("tags", a.tags(), b.tags())
                .field("latitude", a.latitude(), b.latitude()).field("longitude", a.longitude(), b.longitude())
                .field("locationAddress", a.locationAddress(), b.locationAddress())
                .fields("custom.", a.custom(), b.custom()).changes();
    }
}
