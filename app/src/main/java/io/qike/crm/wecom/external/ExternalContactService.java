package io.qike.crm.wecom.external;

import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.platform.validation.Text;
import io.qike.crm.wecom.ExternalContactLinks;
import io.qike.crm.wecom.LinkedContact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 外部联系人: the external contacts of the WeCom members bound to users in the caller's data scope, imported as contacts
 * of their corp's customer or bound to an existing contact. WeCom and the registry are asked outside transactions;
 * each import is one transaction of its own, so one that fails leaves the others in.
 */
@Service
public class ExternalContactService implements ExternalContactLinks {
    static final int MAX_SELECTED = 100;
    static final String JOB_KIND = "wecom.external.import";

    private final WecomExternalApi wecom;
    private final ExternalContactRepository repository;
    private final CustomerMatcher matcher;
    private final ContactService contacts;
    private final CustomerDirectory customers;
    private final DataScopes scopes;
    private final TransactionTemplate tx;
    private final BackgroundJobs jobs;

    ExternalContactService(WecomExternalApi wecom, ExternalContactRepository repository, CustomerMatcher matcher,
                           ContactService contacts, CustomerDirectory customers, DataScopes scopes, TransactionTemplate tx,
                           BackgroundJobs jobs) {
        this.wecom = wecom;
        this.repository = repository;
        this.matcher = matcher;
        this.contacts = contacts;
        this.customers = customers;
        this.scopes = scopes;
        this.tx = tx;
        this.jobs = jobs;
    }

    /** The bound members whose users the caller sees: member userid → the member's name, for the filter. */
    @RequiresPermission(Permission.CONTACT_CREATE)
    public Map<String, String> members() {
        Map<String, String> names = repository.memberNames();
        Map<String, String> out = new LinkedHashMap<>();
        membersInScope().keySet().forEach(userid -> out.put(userid, names.getOrDefault(userid, userid)));
        return out;
    }

    /**
     * One page of external contacts (one WeCom call of at most 100 members and 100 contacts), filtered by member,
     * imported or not, and corp name; what WeCom said is kept for the bindings.
     */
    @RequiresPermission(Permission.CONTACT_CREATE)
    public ExternalContactList list(String cursor, String member, Boolean imported, String corp) {
        Map<String, Long> members = membersInScope();
        String only = Text.trimToNull(member);
        if (only != null && !members.containsKey(only)) throw new InvalidInputException(FieldProblem.of("member", "invalid"));
        List<List<String>> groups = groups(only == null ? new ArrayList<>(members.keySet()) : List.of(only));
        if (groups.isEmpty()) {
            if (cursor != null && !cursor.isBlank()) ExternalCursor.parse(cursor, 0);
            return new ExternalContactList(List.of(), null);
        }
        ExternalCursor at = ExternalCursor.parse(cursor, groups.size());
        WecomExternalApi.Page page = wecom.page(groups.get(at.group()), at.wecom());
        String next = !page.nextCursor().isEmpty() ? new ExternalCursor(at.group(), page.nextCursor()).toString()
                : at.group() + 1 < groups.size() ? new ExternalCursor(at.group() + 1, "").toString() : null;
        List<ExternalContactRow> rows = tx.execute(s -> rows(merged(page.contacts()), members));
        String corpText = Text.trimToNull(corp);
        return new ExternalContactList(rows.stream()
                .filter(r -> imported == null || imported == (r.contactId() != null))
                .filter(r -> corpText == null || contains(r.corpName(), corpText) || contains(r.corpFullName(), corpText))
                .toList(), next);
    }

    private List<ExternalContactRow> rows(List<ExternalContact> found, Map<String, Long> members) {
        found.forEach(repository::save);
        Map<String, Long> bound = repository.contactsOf(found.stream().map(ExternalContact::externalUserId).toList());
        Map<String, CustomerMatch> proposals = matcher.propose(found.stream().filter(c -> !bound.containsKey(c.externalUserId())).toList());
        List<ExternalContactRow> rows = new ArrayList<>();
        for (ExternalContact c : found) {
            Long contactId = bound.get(c.externalUserId());
            rows.add(new ExternalContactRow(c.externalUserId(), c.name(), c.type(), c.corpName(), c.corpFullName(), c.position(),
                    c.follows().stream().map(f -> new ExternalContactRow.Follower(f.userid(), members.get(f.userid()), f.remark())).toList(),
                    contactId, contactId != null ? CustomerMatch.imported(contactId) : proposals.get(c.externalUserId())));
        }
        return rows;
    }

    /** Imports the selected external contacts one by one; {@code customerId} is the customer picked for those that need one. */
    @RequiresPermission(Permission.CONTACT_CREATE)
    public List<ImportResult> importSelected(List<String> externalUserIds, Long customerId) {
        if (externalUserIds == null || externalUserIds.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("externalUserIds", "required"));
        }
        if (externalUserIds.size() > MAX_SELECTED) {
            throw new InvalidInputException(FieldProblem.of("externalUserIds", "too_many", MAX_SELECTED));
        }
        checkPicked(customerId);
        return externalUserIds.stream().distinct().map(id -> importResult(id, customerId)).toList();
    }

    /** Starts importing every external contact of the caller's bound members as a background job; its id. */
    @Transactional
    @RequiresPermission(Permission.CONTACT_CREATE)
    public long importAll(Long customerId) {
        checkPicked(customerId);
        Map<String, Object> params = new HashMap<>();
        if (customerId != null) params.put("customerId", customerId);
        return jobs.submit(JOB_KIND, params, 0);
    }

    /** An import job the caller started. */
    @RequiresPermission(Permission.CONTACT_CREATE)
    public io.qike.crm.platform.jobs.BackgroundJob importJob(long jobId) {
        return jobs.find(jobId).filter(j -> JOB_KIND.equals(j.kind()) && j.createdBy() == CurrentUser.require().userId())
                .orElseThrow(() -> new NotFoundException("job", jobId));
    }

    /** One import, its failure reported rather than thrown: for lists and the job. */
    ImportResult importResult(String externalUserId, Long customerId) {
        try {
            boolean before = repository.find(externalUserId).map(b -> b.contactId() != null).orElse(false);
            LinkedContact linked = importContact(externalUserId, customerId);
            return new ImportResult(externalUserId, before ? ImportResult.Status.ALREADY_IMPORTED : ImportResult.Status.IMPORTED,
                    linked.contactId(), linked.customerId(), null);
        } catch (NeedsCustomerException e) {
            return new ImportResult(externalUserId, ImportResult.Status.NEEDS_CUSTOMER, null, null, e.reason);
        } catch (NotFoundException e) {
            return new ImportResult(externalUserId, ImportResult.Status.FAILED, null, null, "not_found");
        } catch (ConflictException e) {
            return new ImportResult(externalUserId, ImportResult.Status.FAILED, null, null, e.code());
        } catch (InvalidInputException e) {
            return new ImportResult(externalUserId, ImportResult.Status.FAILED, null, null,
                    e.problems().isEmpty() ? "invalid" : e.problems().get(0).field() + ":" + e.problems().get(0).code());
        }
    }

    @Override
    @RequiresPermission(Permission.CONTACT_VIEW)
    public Optional<LinkedContact> find(String externalUserId) {
        return repository.find(externalUserId).filter(b -> b.contactId() != null).flatMap(b -> visible(b.contactId()).map(c -> linked(b, c)));
    }

    @Override
    @RequiresPermission(Permission.CONTACT_VIEW)
    public boolean bound(String externalUserId) {
        return repository.find(externalUserId).map(b -> b.contactId() != null).orElse(false);
    }

    @Override
    @RequiresPermission(Permission.CONTACT_CREATE)
    public LinkedContact importOne(String externalUserId) {
        return importContact(externalUserId, null);
    }

    /** Like {@link #importOne}, with the customer the importer picked (a personal WeChat contact needs one). */
    @RequiresPermission(Permission.CONTACT_CREATE)
    public LinkedContact importOne(String externalUserId, Long customerId) {
        checkPicked(customerId);
        return importContact(externalUserId, customerId);
    }

    private LinkedContact importContact(String externalUserId, Long customerId) {
        ExternalContact ext = described(externalUserId);
        Optional<LinkedContact> done = tx.execute(s -> keep(ext));
        if (done.isPresent()) return done.get();
        CustomerMatch match = customerId != null ? CustomerMatch.customer(customerId, null) : matcher.resolve(ext);
        if (match.kind() != CustomerMatch.Kind.CUSTOMER) throw new NeedsCustomerException(externalUserId, match.reason());
        return tx.execute(s -> {
            ExternalContactRepository.Binding b = repository.lock(externalUserId).orElseThrow();
            if (b.contactId() != null) return linked(b, visible(b.contactId()).orElse(null));
            long contactId = contacts.create(new ContactDraft(match.customerId(), ext.name(), null, null, Text.trimToNull(ext.position()),
                    externalUserId, null, Map.of()));
            repository.link(externalUserId, contactId, CurrentUser.require().userId());
            return linked(repository.find(externalUserId).orElseThrow(), visible(contactId).orElse(null));
        });
    }

    @Override
    @RequiresPermission(Permission.CONTACT_EDIT)
    public LinkedContact link(String externalUserId, long contactId) {
        Contact contact = contacts.get(contactId);
        ExternalContact ext = described(externalUserId);
        return tx.execute(s -> {
            keep(ext);
            Long earlier = repository.lock(externalUserId).orElseThrow().contactId();
            if (earlier != null && earlier != contactId) forget(earlier, externalUserId);
            if (!externalUserId.equals(contact.wecomExternalUserId())) contacts.update(contactId, withExternal(contacts.draftOf(contact), externalUserId));
            repository.link(externalUserId, contactId, CurrentUser.require().userId());
            return linked(repository.find(externalUserId).orElseThrow(), contacts.get(contactId));
        });
    }

    /** The contact that was bound before no longer shows the chat link (if the caller may edit it; else only the binding moves). */
    private void forget(long contactId, String externalUserId) {
        visible(contactId).filter(c -> externalUserId.equals(c.wecomExternalUserId()))
                .ifPresent(c -> contacts.update(contactId, withExternal(contacts.draftOf(c), null)));
    }

    private static ContactDraft withExternal(ContactDraft d, String externalUserId) {
        return new ContactDraft(d.customerId(), d.name(), d.mobile(), d.email(), d.title(), externalUserId, d.ownerId(), d.custom());
    }

    /** Stores what WeCom said; the binding if the external contact was imported or linked already. */
    private Optional<LinkedContact> keep(ExternalContact ext) {
        repository.save(ext);
        repository.replaceFollows(ext);
        return repository.find(ext.externalUserId()).filter(b -> b.contactId() != null)
                .map(b -> linked(b, visible(b.contactId()).orElse(null)));
    }

    /** The external contact as WeCom has it now, if one of the caller's bound members follows it. */
    private ExternalContact described(String externalUserId) {
        String id = Text.trimToNull(externalUserId);
        if (id == null) throw new InvalidInputException(FieldProblem.of("externalUserId", "required"));
        ExternalContact ext = wecom.get(id).orElseThrow(() -> new NotFoundException("wecom_external_contact", id));
        VisibleOwners visible = scopes.current();
        if (visible.everyone()) return ext;
        Map<String, Long> members = membersInScope();
        if (ext.follows().stream().noneMatch(f -> members.containsKey(f.userid()))) throw new NotFoundException("wecom_external_contact", id);
        return ext;
    }

    private LinkedContact linked(ExternalContactRepository.Binding b, Contact contact) {
        Map<String, Long> all = repository.boundMembers();
        List<Long> followers = repository.followers(b.externalUserId()).stream().map(all::get).filter(Objects::nonNull).distinct().toList();
        String corp = b.corpFullName() != null ? b.corpFullName() : b.corpName();
        return new LinkedContact(b.externalUserId(), b.name(), corp, b.contactId(), contact == null ? null : contact.customerId(), followers);
    }

    private Optional<Contact> visible(long contactId) {
        try {
            return Optional.of(contacts.get(contactId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void checkPicked(Long customerId) {
        if (customerId != null && !customers.visible(customerId)) {
            throw new InvalidInputException(FieldProblem.of("customerId", "customer_not_found"));
        }
    }

    private Map<String, Long> membersInScope() {
        VisibleOwners visible = scopes.current();
        Map<String, Long> in = new LinkedHashMap<>();
        repository.boundMembers().forEach((userid, userId) -> {
            if (visible.includes(userId)) in.put(userid, userId);
        });
        return in;
    }

    private static List<List<String>> groups(List<String> members) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < members.size(); i += WecomExternalApi.MEMBERS_PER_CALL) {
            groups.add(members.subList(i, Math.min(members.size(), i + WecomExternalApi.MEMBERS_PER_CALL)));
        }
        return groups;
    }

    /** One row per external contact: batch/get_by_user lists it once for each listed member who follows it. */
    private static List<ExternalContact> merged(List<ExternalContact> listed) {
        Map<String, ExternalContact> byId = new LinkedHashMap<>();
        for (ExternalContact c : listed) {
            byId.merge(c.externalUserId(), c, (a, b) -> {
                List<ExternalContact.Follow> follows = new ArrayList<>(a.follows());
                follows.addAll(b.follows());
                return new ExternalContact(a.externalUserId(), a.name(), a.type(), a.corpName(), a.corpFullName(), a.position(), follows);
            });
        }
        return new ArrayList<>(byId.values());
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
