package io.qike.crm.customer;

import io.qike.crm.customfield.CustomFieldDefinition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.web.JsonPatches;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合并客户: duplicates become one customer. The survivor takes the values chosen field by field; the contacts,
 * sales records (with their attachments), registry work and relationship data of the others move to it through
 * the modules that keep them ({@link CustomerMergeParticipant}); the others are deleted and their old links lead
 * to the survivor. One transaction, one audit entry naming them all. The user needs the merge right and must
 * be able to see and edit every customer concerned.
 */
@Service
public class CustomerMerges {
    /** The standard fields a merge chooses between, as named in {@link CustomerDraft}. */
    public static final List<String> FIELDS = List.of("name", "creditCode", "legalRepresentative", "registeredCapital",
            "capitalCurrency", "establishedOn", "registrationStatus", "address", "region", "industry", "businessScope", "phone",
            "email", "website", "ownerId", "source", "level", "tags");
    /** The registry record (工商信息) as one choice. */
    public static final String REGISTRY = "registry";
    private static final int MOST = 10;

    /** The customers side by side and the fields where they differ, in the order of {@code ids}. */
    public record Preview(List<Customer> customers, List<Field> fields) {
    }

    /**
     * A field where the customers differ: its name in {@link CustomerMerge#values()}, its label (a message key for a
     * standard field, the definition's label for a custom one) and each customer's value as text, by id.
     */
    public record Field(String name, String messageKey, String label, Map<Long, Object> values) {
    }

    private final CustomerService customers;
    private final CustomerRepository repository;
    private final CustomerMergeRepository merges;
    private final List<CustomerMergeParticipant> participants;
    private final CustomFields customFields;
    private final JsonPatches patches;
    private final AuditLog audit;

    CustomerMerges(CustomerService customers, CustomerRepository repository, CustomerMergeRepository merges,
                   List<CustomerMergeParticipant> participants, CustomFields customFields, JsonPatches patches, AuditLog audit) {
        this.customers = customers;
        this.repository = repository;
        this.merges = merges;
        this.participants = participants;
        this.customFields = customFields;
        this.patches = patches;
        this.audit = audit;
    }

    /** What the merge page shows for these customers (at least two, each visible to the user). */
    @Transactional(readOnly = true)
    @RequiresPermission({Permission.CUSTOMER_MERGE, Permission.CUSTOMER_EDIT})
    public Preview preview(List<Long> ids) {
        List<Long> distinct = checkedIds(ids, "ids");
        List<Customer> all = distinct.stream().map(customers::get).toList();
        List<Field> fields = new ArrayList<>();
        for (String name : FIELDS) {
            Map<Long, Object> values = new LinkedHashMap<>();
            for (Customer c : all) values.put(c.id(), "ownerId".equals(name) ? c.ownerName() : text(value(customers.draftOf(c), name)));
            if (differ(values)) fields.add(new Field(name, "customer." + ("ownerId".equals(name) ? "owner" : name), null, values));
        }
        for (CustomFieldDefinition d : customFields.definitions(CustomObject.CUSTOMER)) {
            Map<Long, Object> values = new LinkedHashMap<>();
            for (Customer c : all) values.put(c.id(), c.custom() == null ? null : text(c.custom().get(d.code())));
            if (differ(values)) fields.add(new Field(d.fieldName(), null, d.label(), values));
        }
        Map<Long, Object> registry = new LinkedHashMap<>();
        for (Customer c : all) registry.put(c.id(), c.registryProvider() == null ? null
                : c.registryProvider() + " · " + c.registryFetchedAt().toLocalDate());
        if (differ(registry)) fields.add(new Field(REGISTRY, "merge.registry", null, registry));
        return new Preview(all, fields);
    }

    /** Where a customer merged away went, for its old link. */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public Optional<Long> survivorOf(long mergedId) {
        return merges.survivorOf(mergedId);
    }

    /** Merges the customers as chosen and returns the survivor as it is now. */
    @Transactional
    @RequiresPermission({Permission.CUSTOMER_MERGE, Permission.CUSTOMER_EDIT})
    public Customer merge(CustomerMerge request) {
        if (request.survivorId() == null) throw new InvalidInputException(FieldProblem.of("survivorId", "required"));
        List<Long> mergedIds = checkedIds(request.mergedIds(), "mergedIds", request.survivorId());
        Customer survivor = customers.get(request.survivorId());
        Map<Long, Customer> merged = new LinkedHashMap<>();
        for (long id : mergedIds) merged.put(id, customers.get(id));
        Map<String, Object> patch = new LinkedHashMap<>();
        Map<String, Object> custom = new LinkedHashMap<>();
        Long registryFrom = survivor.registryProvider() != null ? null
                : merged.values().stream().filter(c -> c.registryProvider() != null).map(Customer::id).findFirst().orElse(null);
        Set<String> customCodes = new LinkedHashSet<>();
        customFields.definitions(CustomObject.CUSTOMER).forEach(d -> customCodes.add(d.code()));
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, Long> choice : request.values().entrySet()) {
            String field = choice.getKey();
            Long from = choice.getValue();
            boolean known = FIELDS.contains(field) || REGISTRY.equals(field)
                    || field.startsWith("custom.") && customCodes.contains(field.substring(7));
            if (!known || from == null || !(from.equals(survivor.id()) || merged.containsKey(from))) {
                problems.add(FieldProblem.of("values." + field, "invalid"));
                continue;
            }
            if (REGISTRY.equals(field)) {
                registryFrom = from.equals(survivor.id()) ? null : from;
            } else if (!from.equals(survivor.id())) {
                Customer source = merged.get(from);
                if (field.startsWith("custom.")) custom.put(field.substring(7), source.custom() == null ? null : source.custom().get(field.substring(7)));
                else patch.put(field, value(customers.draftOf(source), field));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        if (!custom.isEmpty()) patch.put("custom", custom);
        CustomerDraft chosen = patches.apply(customers.draftOf(survivor), patch, CustomerDraft.class);

        if (registryFrom != null) repository.copyRegistryData(registryFrom, survivor.id());
        long me = CurrentUser.require().userId();
        for (Customer m : merged.values()) {
            for (CustomerMergeParticipant p : participants) p.moveTo(m.id(), survivor.id());
            merges.record(m.id(), m.name(), survivor.id(), me);
            repository.delete(m.id());
        }
        // After the others are gone, so that the survivor may take over their credit code or unique custom values.
        Customer after = customers.write(survivor, chosen);
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>();
        changes.put("merged", new AuditLog.Change(merged.values().stream().map(c -> c.name() + " #" + c.id()).toList(),
                after.name() + " #" + after.id()));
        changes.putAll(CustomerService.diff(survivor, after));
        audit.record("MERGE", "CUSTOMER", after.id(), after.name(), changes);
        return after;
    }

    /** At least two customers in all, none twice, at most {@value #MOST}. */
    private static List<Long> checkedIds(List<Long> ids, String field, Long... others) {
        List<Long> distinct = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        Set<Long> all = new LinkedHashSet<>(distinct);
        all.addAll(List.of(others));
        boolean overlap = distinct.stream().anyMatch(id -> List.of(others).contains(id));
        if (all.size() < 2 || overlap || distinct.size() != (ids == null ? 0 : ids.size()) || all.size() > MOST) {
            throw new InvalidInputException(FieldProblem.of(field, "merge_customers", MOST));
        }
        return distinct;
    }

    private static boolean differ(Map<Long, Object> values) {
        return values.values().stream().map(CustomerMerges::comparable).distinct().count() > 1;
    }

    /** Empty text and an empty list are no value. */
    private static Object comparable(Object v) {
        if (v instanceof String s && s.isBlank()) return "";
        if (v instanceof java.util.Collection<?> c && c.isEmpty()) return "";
        return v == null ? "" : v;
    }

    /** A list (tags, a multi-select) as the page shows it. */
    private static Object text(Object v) {
        return v instanceof java.util.Collection<?> c ? String.join("、", c.stream().map(String::valueOf).toList()) : v;
    }

    private static Object value(CustomerDraft d, String field) {
        for (RecordComponent c : CustomerDraft.class.getRecordComponents()) {
            if (!c.getName().equals(field)) continue;
            try {
                return c.getAccessor().invoke(d);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(field);
    }
}
