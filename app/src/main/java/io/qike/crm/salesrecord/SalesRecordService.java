package io.qike.crm.salesrecord;

import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.customer.CustomerFollowUps;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeProperties;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.files.FileStore;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales records on a customer's timeline. A record is visible to whoever sees its customer or its
 * author. Attachments are checked (type by content, size) before anything is written.
 */
@Service
public class SalesRecordService {
    public static final List<String> TYPES = SalesRecordValidator.TYPES;
    private final SalesRecordRepository repository;
    private final AttachmentRepository attachments;
    private final SalesRecordValidator validator;
    private final DataScopes scopes;
    private final CustomerDirectory customers;
    private final ContactService contacts;
    private final RecordOwners owners;
    private final FileStore files;
    private final AuditLog audit;
    private final CustomerFollowUps followUps;
    private final long maxSize;
    private final io.qike.crm.customer.CustomerService customerService;
    private final List<SalesRecordLeads> leads;

    private final EnterpriseTime time;
    private final ApplicationEventPublisher events;

    SalesRecordService(SalesRecordRepository repository, AttachmentRepository attachments, SalesRecordValidator validator,
                       DataScopes scopes, CustomerDirectory customers, ContactService contacts, RecordOwners owners, FileStore files,
                       AuditLog audit, QikeProperties properties, CustomerFollowUps followUps, EnterpriseTime time,
                       io.qike.crm.customer.CustomerService customerService, ApplicationEventPublisher events,
                       List<SalesRecordLeads> leads) {
        this.customerService = customerService;
        this.events = events;
        this.leads = leads;
        this.followUps = followUps;
        this.time = time;
        this.repository = repository;
        this.attachments = attachments;
        this.validator = validator;
        this.scopes = scopes;
        this.customers = customers;
        this.contacts = contacts;
        this.owners = owners;
        this.files = files;
        this.audit = audit;
        this.maxSize = properties.maxAttachmentSize();
    }

    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public List<SalesRecord> forCustomer(long customerId, int limit) {
        VisibleOwners visible = scopes.current();
        boolean authorsOnly = !visible.everyone() && !customers.visible(customerId);
        return complete(repository.ofCustomer(customerId, visible, authorsOnly, Math.min(Math.max(limit, 1), 500)));
    }

    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public List<SalesRecord> latest(int limit) {
        return complete(repository.visible(scopes.current(), customers.visibleIds(), null, Math.min(Math.max(limit, 1), 500)));
    }

    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public SalesRecord get(long id) {
        VisibleOwners visible = scopes.current();
        return repository.find(id).filter(r -> visible(r, visible))
                .map(r -> complete(List.of(r)).get(0)).orElseThrow(() -> new NotFoundException("sales_record", id));
    }

    /**
     * A customer's record is seen by whoever sees its customer or its author; a lead's record by whoever sees the lead
     * (its author too only while they see the lead).
     */
    private boolean visible(SalesRecord r, VisibleOwners visible) {
        if (r.customerId() == null) return r.leadId() != null && leadVisible(r.leadId());
        return visible.includes(r.ownerId()) || customers.visible(r.customerId());
    }

    private boolean leadVisible(long leadId) {
        return leads.stream().anyMatch(l -> l.visible(leadId));
    }

    /**
     * Records a follow-up on a customer ({@code customerId}) or on a lead ({@code leadId}, see {@link #createForLead}):
     * exactly one of the two.
     */
    @Transactional
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public long create(SalesRecordDraft draft, List<Upload> uploads) {
        if (draft.leadId() != null) return createForLead(draft.leadId(), draft, uploads);
        Checks checks = new Checks();
        SalesRecordValues v;
        if (draft.customerId() == null) {
            checks.add("customerId", "customer_or_lead");
            v = validator.validateForLead(draft, null, checks);
        } else {
            v = validator.validate(draft, null, checks);
        }
        OffsetDateTime next = validator.nextFollowUp(draft, checks);
        List<StoredFile> stored = checkAndStore(uploads == null ? List.of() : uploads, checks);
        checks.throwIfAny();
        QikeUser me = CurrentUser.require();
        long id = repository.insert(draft.customerId(), draft.contactId(), v, me.userId());
        for (StoredFile f : stored) attachments.insert(id, f.name, f.contentType, f.size, f.sha256);
        followedUp(draft.customerId());
        if (next != null) {
            repository.planFollowUp(id, next);
            events.publishEvent(new FollowUpPlanned(me.tenantId(), id, draft.customerId(), me.userId(), next));
        }
        audit.record("CREATE", "SALES_RECORD", id, abbreviate(v.content()));
        return id;
    }

    /** A lead's records (before it became a customer), newest first; a lead the user does not see answers 404. */
    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public List<SalesRecord> forLead(long leadId, int limit) {
        if (!leadVisible(leadId)) throw new NotFoundException("lead", leadId);
        return complete(repository.ofLead(leadId, Math.min(Math.max(limit, 1), 500)));
    }

    @Transactional
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public long createForLead(long leadId, SalesRecordDraft draft) {
        return createForLead(leadId, draft, List.of());
    }

    /**
     * A follow-up on a lead the user sees (404 otherwise), with attachments checked as on a customer's; no customer or
     * contact yet, and no 下次跟进时间.
     */
    @Transactional
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public long createForLead(long leadId, SalesRecordDraft draft, List<Upload> uploads) {
        if (!leadVisible(leadId)) throw new NotFoundException("lead", leadId);
        Checks checks = new Checks();
        SalesRecordValues v = validator.validateForLead(draft, null, checks);
        List<StoredFile> stored = checkAndStore(uploads == null ? List.of() : uploads, checks);
        checks.throwIfAny();
        long id = repository.insertForLead(leadId, v, CurrentUser.require().userId());
        for (StoredFile f : stored) attachments.insert(id, f.name, f.contentType, f.size, f.sha256);
        audit.record("CREATE", "SALES_RECORD", id, abbreviate(v.content()));
        return id;
    }

    /**
     * A converted lead's records become its customer's (in the conversion's transaction), and the customer's 最后跟进
     * counts them.
     */
    @Transactional
    public void moveLeadRecords(long leadId, long customerId) {
        if (repository.moveLeadRecords(leadId, customerId) > 0) followedUp(customerId);
    }

    /**
     * 外勤: checks in at a customer where the member is now. The visit is a sales record of type VISIT at this moment,
     * with the place (coordinates and the address text), on the customer's timeline and in 工作圈. With
     * {@code placeIsCustomers} the place also becomes the customer's location (把这个位置设为客户地址), which takes
     * the right to edit the customer.
     */
    @Transactional
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public long checkIn(Long customerId, String content, Place place, boolean placeIsCustomers) {
        Checks checks = new Checks();
        SalesRecordValues v = validator.validate(new SalesRecordDraft(customerId, null, "VISIT", content, null, Map.of()), null, checks);
        Place checked = Place.check(place, checks);
        checks.throwIfAny();
        long id = repository.insertVisit(customerId, v, CurrentUser.require().userId(), checked);
        followedUp(customerId);
        if (placeIsCustomers) customerService.locate(customerId, checked.latitude(), checked.longitude(), checked.address());
        audit.record("CREATE", "SALES_RECORD", id, abbreviate(v.content()));
        return id;
    }

    @Transactional
    @RequiresPermission(Permission.SALESRECORD_EDIT)
    public SalesRecord update(long id, SalesRecordDraft draft) {
        return update(id, draft, List.of(), List.of());
    }

    /**
     * Changes a record: its type, content, time, contact, custom fields and 下次跟进时间, with attachments added and
     * removed. A customer's record may be moved to another customer the user sees (when it was logged against the wrong
     * one); a lead's record stays on its lead. Its author may change it with salesrecord:edit; anyone else also needs
     * salesrecord:edit-others. A blank time keeps the recorded one; no custom values keep the stored ones; no
     * {@code nextFollowUpAt} keeps the planned follow-up, blank text clears it (its to-do goes), another time moves it.
     */
    @Transactional
    @RequiresPermission(Permission.SALESRECORD_EDIT)
    public SalesRecord update(long id, SalesRecordDraft draft, List<Upload> added, Collection<Long> removedAttachments) {
        SalesRecord before = get(id);
        if (!mayChange(before, Permission.SALESRECORD_EDIT, Permission.SALESRECORD_EDIT_OTHERS)) {
            throw new AccessDeniedException("not the record's author");
        }
        boolean onLead = before.customerId() == null;
        SalesRecordDraft d = new SalesRecordDraft(onLead || draft.customerId() == null ? before.customerId() : draft.customerId(),
                draft.contactId(), draft.type(), draft.content(),
                Text.hasText(draft.occurredAt()) ? draft.occurredAt() : draftOf(before).occurredAt(),
                draft.custom() == null ? before.custom() : draft.custom(), draft.nextFollowUpAt(), onLead ? before.leadId() : null);
        Checks checks = new Checks();
        if (onLead && draft.customerId() != null) checks.add("customerId", "customer_or_lead");
        if (!onLead && draft.leadId() != null) checks.add("leadId", "customer_or_lead");
        SalesRecordValues v = onLead ? validator.validateForLead(d, id, checks) : validator.validate(d, id, checks);
        OffsetDateTime next = d.nextFollowUpAt() == null ? before.nextFollowUpAt() : validator.nextFollowUp(d, checks);
        List<StoredFile> stored = checkAndStore(added == null ? List.of() : added, checks);
        checks.throwIfAny();
        repository.update(id, d.customerId(), d.contactId(), v);
        // A record moved to another customer changes both customers' last follow-up; rows locked in id order.
        java.util.stream.Stream.of(before.customerId(), d.customerId()).filter(Objects::nonNull).distinct().sorted().forEach(this::followedUp);
        Collection<Long> removing = removedAttachments == null ? List.of() : removedAttachments;
        before.attachments().stream().filter(a -> removing.contains(a.id())).forEach(a -> attachments.delete(id, a.id()));
        for (StoredFile f : stored) attachments.insert(id, f.name, f.contentType, f.size, f.sha256);
        if (!sameInstant(before.nextFollowUpAt(), next)) {
            repository.planFollowUp(id, next);
            events.publishEvent(new FollowUpChanged(CurrentUser.require().tenantId(), id, before.ownerId(), next));
        }
        SalesRecord after = get(id);
        audit.record("UPDATE", "SALES_RECORD", id, abbreviate(after.content()), AuditDiff.of()
                .field("customer", before.customerId(), after.customerId()).field("type", before.type(), after.type()).field("content", before.content(), after.content())
                .field("occurredAt", minutes(before.occurredAt()), minutes(after.occurredAt()))
                .field("nextFollowUpAt", minutes(before.nextFollowUpAt()), minutes(after.nextFollowUpAt()))
                .field("contact", before.contactName(), after.contactName())
                .fields("custom.", before.custom(), after.custom())
                .field("attachments", fileNames(before), fileNames(after)).changes());
        return after;
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }

    @Transactional
    @RequiresPermission(Permission.SALESRECORD_DELETE)
    public void delete(long id) {
        SalesRecord r = get(id);
        if (!mayChange(r, Permission.SALESRECORD_DELETE, Permission.SALESRECORD_DELETE_OTHERS)) {
            throw new AccessDeniedException("not the record's author");
        }
        repository.delete(id);
        if (r.customerId() != null) followedUp(r.customerId());
        // Its planned follow-up goes with it: the to-do module finds no plan any more and removes the open to-do.
        if (r.nextFollowUpAt() != null) events.publishEvent(new FollowUpChanged(CurrentUser.require().tenantId(), id, r.ownerId(), null));
        audit.record("DELETE", "SALES_RECORD", id, abbreviate(r.content()));
    }

    /** Whether the signed-in user may edit the record (to offer the action; {@link #update} decides). */
    public boolean mayEdit(SalesRecord r) {
        return mayChange(r, Permission.SALESRECORD_EDIT, Permission.SALESRECORD_EDIT_OTHERS);
    }

    /** Whether the signed-in user may delete the record (to offer the action; {@link #delete} decides). */
    public boolean mayDelete(SalesRecord r) {
        return mayChange(r, Permission.SALESRECORD_DELETE, Permission.SALESRECORD_DELETE_OTHERS);
    }

    /** One's own records with the right itself; another user's also with the right over others' records. */
    private static boolean mayChange(SalesRecord r, Permission own, Permission others) {
        QikeUser me = CurrentUser.require();
        return me.can(own) && (r.ownerId() == me.userId() || me.can(others));
    }

    private String minutes(OffsetDateTime at) {
        if (at == null) return null;
        return time.local(at).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static String fileNames(SalesRecord r) {
        return r.attachments().stream().map(SalesRecord.Attachment::fileName).collect(Collectors.joining("、"));
    }

    /** Keeps the customer's 最后跟进 (shown and sorted in the customer list) at its latest record. */
    private void followedUp(long customerId) {
        followUps.refresh(customerId, repository::latestOf);
    }

    /** The record as its edit form and a PATCH start from (a lead's record names its lead, a customer's its customer). */
    public SalesRecordDraft draftOf(SalesRecord r) {
        return new SalesRecordDraft(r.customerId(), r.contactId(), r.type(), r.content(),
                time.local(r.occurredAt()).toLocalDateTime().toString(), r.custom(),
                r.nextFollowUpAt() == null ? null : time.local(r.nextFollowUpAt()).toLocalDateTime().toString(),
                r.customerId() == null ? r.leadId() : null);
    }

    /** The stored file of an attachment the user may see. */
    @RequiresPermission(Permission.SALESRECORD_VIEW)
    public Optional<Map.Entry<SalesRecord.Attachment, Path>> attachment(long recordId, long attachmentId) {
        SalesRecord record = get(recordId);
        return record.attachments().stream().filter(a -> a.id() == attachmentId).findFirst().map(a -> Map.entry(a,
                files.pathOf(attachments.sha256(a.id()))));
    }

    private record StoredFile(String name, String contentType, long size, String sha256) {
    }

    private List<StoredFile> checkAndStore(List<Upload> uploads, Checks p) {
        List<StoredFile> out = new ArrayList<>();
        for (Upload u : uploads) {
            if (u.size() == 0) continue;
            if (u.size() > maxSize) { p.add("attachments", "file_too_large", maxSize / 1024 / 1024); continue; }
            try (InputStream in = u.content().get()) {
                Optional<String> type = AttachmentTypes.contentType(u.fileName(), in);
                if (type.isEmpty()) { p.add("attachments", "file_type"); continue; }
                if (!p.isEmpty()) continue;
                try (InputStream again = u.content().get()) {
                    out.add(new StoredFile(cleanName(u.fileName()), type.get(), u.size(), files.store(again)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** The records with their attachments, and their contact's and author's names from the modules that keep them. */
    private List<SalesRecord> complete(List<SalesRecord> rows) {
        if (rows.isEmpty()) return rows;
        Map<Long, List<SalesRecord.Attachment>> files = attachments.of(rows.stream().map(SalesRecord::id).toList());
        Map<Long, String> contactNames = contacts.names(rows.stream().map(SalesRecord::contactId).filter(Objects::nonNull).toList());
        Map<Long, String> ownerNames = owners.names(rows.stream().map(SalesRecord::ownerId).toList());
        return rows.stream().map(r -> new SalesRecord(r.id(), r.customerId(), r.contactId(),
                r.contactId() == null ? null : contactNames.get(r.contactId()), r.type(), r.content(), r.occurredAt(), r.ownerId(),
                ownerNames.get(r.ownerId()), files.getOrDefault(r.id(), List.of()), r.custom(), r.createdAt(), r.place(), r.leadId(),
                r.nextFollowUpAt())).toList();
    }
}
