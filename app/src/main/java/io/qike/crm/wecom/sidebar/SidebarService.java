package io.qike.crm.wecom.sidebar;

import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.salesrecord.SalesRecord;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.wecom.ExternalContactLinks;
import io.qike.crm.wecom.LinkedContact;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The chat sidebar (聊天工具栏): the external contact of the open chat as Qike knows it, through the contact,
 * customer and sales-record services (so permissions and data scope are the web's), and the sidebar's actions.
 */
@Service
public class SidebarService {
    static final int RECORDS_SHOWN = 3;
    static final int CONTACTS_OFFERED = 8;
    /** The sales record type a note taken in the chat gets unless the member picks another. */
    static final String CHAT_RECORD_TYPE = "WECOM";
    // WeCom's external_userid: letters, digits, '-' and '_' (Tencent's ids are 32 characters; room for others).
    private static final Pattern EXTERNAL_USER_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final ObjectProvider<ExternalContactLinks> links;
    private final ContactService contacts;
    private final CustomerService customers;
    private final SalesRecordService records;

    SidebarService(ObjectProvider<ExternalContactLinks> links, ContactService contacts, CustomerService customers,
                   SalesRecordService records) {
        this.links = links;
        this.contacts = contacts;
        this.customers = customers;
        this.records = records;
    }

    public SidebarChat chat(String externalUserId) {
        String id = checked(externalUserId);
        ExternalContactLinks l = links.getIfAvailable();
        if (l == null) return SidebarChat.of(id, SidebarChat.State.NOT_READY);
        try {
            Optional<LinkedContact> found = l.find(id);
            if (found.isPresent()) return linked(id, found.get());
            // Bound to a contact outside the member's data scope: 无权查看, not an offer that would make a duplicate.
            return SidebarChat.of(id, l.bound(id) ? SidebarChat.State.FORBIDDEN : SidebarChat.State.UNLINKED);
        } catch (AccessDeniedException e) {
            return SidebarChat.of(id, SidebarChat.State.FORBIDDEN);
        }
    }

    /** 导入: a new contact (and customer when needed) made from the external contact. */
    public SidebarChat importContact(String externalUserId) {
        String id = checked(externalUserId);
        required().importOne(id);
        return chat(id);
    }

    /** 绑定已有联系人: the external contact becomes this contact (one the member may see and edit). */
    public SidebarChat link(String externalUserId, Long contactId) {
        String id = checked(externalUserId);
        if (contactId == null) throw new InvalidInputException(FieldProblem.of("contactId", "required"));
        ExternalContactLinks l = required();
        // Someone else's contact already: the sidebar offers no binding, so it does not move that binding either.
        if (l.find(id).isEmpty() && l.bound(id)) return SidebarChat.of(id, SidebarChat.State.FORBIDDEN);
        l.link(id, contactId);
        return chat(id);
    }

    /** A sales record on the bound contact's customer, typed in the chat. */
    public SidebarChat addRecord(String externalUserId, String type, String content) {
        String id = checked(externalUserId);
        LinkedContact link = required().find(id).orElseThrow(() -> new NotFoundException("contact", id));
        Contact contact = contacts.get(link.contactId());
        if (contact.customerId() == null) throw new NotFoundException("customer", link.contactId());
        records.create(new SalesRecordDraft(contact.customerId(), contact.id(), type == null || type.isBlank() ? CHAT_RECORD_TYPE : type,
                content, null, Map.of()), List.of());
        return chat(id);
    }

    /** The contacts a member may bind the external contact to: those in their data scope matching what they typed. */
    public List<Contact> contactsToBind(String q) {
        return contacts.search(q, null, 0, CONTACTS_OFFERED).items();
    }

    private SidebarChat linked(String id, LinkedContact link) {
        try {
            Contact contact = contacts.get(link.contactId());
            Customer customer = contact.customerId() == null ? null : customers.get(contact.customerId());
            boolean recordsVisible = customer != null && CurrentUser.require().can(Permission.SALESRECORD_VIEW);
            List<SalesRecord> latest = recordsVisible ? records.forCustomer(customer.id(), RECORDS_SHOWN) : List.of();
            return new SidebarChat(id, SidebarChat.State.LINKED, contact, customer, latest, recordsVisible);
        } catch (NotFoundException | AccessDeniedException e) {
            // Outside the member's data scope (or without the right to view contacts): say so, show nothing of it.
            return SidebarChat.of(id, SidebarChat.State.FORBIDDEN);
        }
    }

    private ExternalContactLinks required() {
        return Optional.ofNullable(links.getIfAvailable()).orElseThrow(() -> new NotFoundException("externalContactLinks", 0L));
    }

    private static String checked(String externalUserId) {
        if (externalUserId == null || externalUserId.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("externalUserId", "required"));
        }
        if (!EXTERNAL_USER_ID.matcher(externalUserId).matches()) {
            throw new InvalidInputException(FieldProblem.of("externalUserId", "pattern"));
        }
        return externalUserId;
    }
}
