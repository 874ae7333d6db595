package io.qike.crm.contact;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts: list, read, create, edit, delete; UI, API and imports share these methods. A contact belongs to a
 * customer the user sees.
 */
@Service
public class ContactService {
    private final ContactRepository repository;
    private final ContactValidator validator;
    private final DataScopes scopes;
    private final CustomerDirectory customers;
    private final RecordOwners owners;
    private final AuditLog audit;
    private final EnterpriseTime time;

    ContactService(ContactRepository repository, ContactValidator validator, DataScopes scopes, CustomerDirectory customers,
                   RecordOwners owners, AuditLog audit, EnterpriseTime time) {
        this.repository = repository;
        this.time = time;
        this.validator = validator;
        this.scopes = scopes;
        this.customers = customers;
        this.owners = owners;
        this.audit = audit;
    }

    @RequiresPermission(Permission.CONTACT_VIEW)
    public ContactPage search(String q, Long customerId, int page, int size) {
        return search(ContactQuery.of(q, customerId, page, size));
    }

    /** The list with its filters, within the user's data scope; a wrong date or id is a field problem. */
    @RequiresPermission(Permission.CONTACT_VIEW)
    public ContactPage search(ContactQuery query) {
        Checks c = new Checks();
        Long customerId = c.id("customerId", query.customerId());
        Long department = c.id("departmentId", query.departmentId());
        LocalDate from = c.date("createdFrom", query.createdFrom());
        LocalDate to = c.date("createdTo", query.createdTo());
        c.throwIfAny();
        List<Long> ownersIn = department == null ? null : owners.inDepartment(department);
        // Days of the enterprise's calendar; the last day is included whole.
        ContactPage found = repository.search(new ContactRepository.Filter(query.q(), customerId, ownersIn,
                        from == null ? null : time.startOf(from), to == null ? null : time.startOf(to.plusDays(1))),
                query.page(), query.size(), scopes.current());
        return new ContactPage(named(found.items()), found.total(), found.page(), found.size());
    }

    @RequiresPermission(Permission.CONTACT_VIEW)
    public Contact get(long id) {
        return repository.find(id, scopes.current()).map(c -> named(List.of(c)).get(0))
                .orElseThrow(() -> new NotFoundException("contact", id));
    }

    @Transactional
    @RequiresPermission(Permission.CONTACT_CREATE)
    public long create(ContactDraft draft) {
        QikeUser me = CurrentUser.require();
        long owner = owners.assign(draft.ownerId(), me, Permission.CONTACT_ASSIGN);
        ContactValues values = validator.validate(draft, null, null, true);
        long id = repository.insert(values, owner);
        audit.record("CREATE", "CONTACT", id, values.name());
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.CONTACT_EDIT)
    public Contact update(long id, ContactDraft draft) {
        Contact before = get(id);
        QikeUser me = CurrentUser.require();
        long owner = draft.ownerId() == null || draft.ownerId() == before.ownerId() ? before.ownerId()
                : owners.assign(draft.ownerId(), me, Permission.CONTACT_ASSIGN);
        // A contact that has a customer keeps one; one created before customers were required may get one.
        ContactValues values = validator.validate(draft, id, before.customerId(), before.customerId() != null);
        repository.update(id, values, owner);
        Contact after = get(id);
        audit.record("UPDATE", "CONTACT", id, after.name(), AuditDiff.of().field("name", before.name(), after.name())
                .field("mobile", before.mobile(), after.mobile()).field("email", before.email(), after.email())
                .field("title", before.title(), after.title()).field("customer", before.customerName(), after.customerName())
                .field("owner", before.ownerName(), after.ownerName()).field("custom", before.custom(), after.custom()).changes());
        return after;
    }

    @Transactional
    @RequiresPermission(Permission.CONTACT_DELETE)
    public void delete(long id) {
        Contact c = get(id);
        repository.delete(id);
        audit.record("DELETE", "CONTACT", id, c.name());
    }

    public ContactDraft draftOf(Contact c) {
        return new ContactDraft(c.customerId(), c.name(), c.mobile(), c.email(), c.title(), c.wecomExternalUserId(), c.ownerId(),
                c.custom());
    }

    /** The names of these contacts, for records that refer to them (whoever owns the contact). */
    public Map<Long, String> names(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.names(ids);
    }

    /** Whether the contact is one of this customer's. */
    public boolean belongsTo(long contactId, Long customerId) {
        return repository.belongsTo(contactId, customerId);
    }

    /** The contacts with their customer's and their owner's names, from the modules that keep them. */
    private List<Contact> named(List<Contact> contacts) {
        if (contacts.isEmpty()) return contacts;
        Map<Long, String> customerNames = customers.names(contacts.stream().map(Contact::customerId).filter(Objects::nonNull).toList());
        Map<Long, String> ownerNames = owners.names(contacts.stream().map(Contact::ownerId).toList());
        return contacts.stream().map(c -> new Contact(c.id(), c.customerId(), c.customerId() == null ? null : customerNames.get(c.customerId()),
                c.name(), c.mobile(), c.email(), c.title(), c.wecomExternalUserId(), c.ownerId(), ownerNames.get(c.ownerId()),
                c.custom(), c.createdAt(), c.updatedAt())).toList();
    }
}
