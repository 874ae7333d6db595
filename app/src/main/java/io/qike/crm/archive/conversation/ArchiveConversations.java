package io.qike.crm.archive.conversation;

import io.qike.crm.archive.media.ArchiveMedia;
import io.qike.crm.archive.media.StoredMedia;
import io.qike.crm.archive.pull.ArchiveMessages;
import io.qike.crm.archive.pull.ArchivedMessage;
import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactQuery;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import io.qike.crm.wecom.LinkedContact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The archived WeCom conversations (会话存档) of contacts and customers, for the contact and customer pages and the API.
 *
 * <p>A contact's conversations are those its WeCom external contact (external_userid) took part in: one-to-one chats
 * with members and group chats. A customer's are those of its contacts. Data scope: a user sees a conversation when it
 * includes an external contact bound to a contact they may see whose customer they may see (a rep their own, a manager
 * their team's, an admin all); otherwise the conversation, its messages and its media are "not found" (404), and
 * without contact:view the answer is 403.
 */
@Service
public class ArchiveConversations {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");
    private final ArchiveMessages messages;
    private final ArchiveMedia media;
    private final ContactService contacts;
    private final CustomerService customers;
    private final ConversationNames names;
    private final ChatMessages chat;
    private final EnterpriseTime time;

    ArchiveConversations(ArchiveMessages messages, ArchiveMedia media, ContactService contacts, CustomerService customers,
                         ConversationNames names, ChatMessages chat, EnterpriseTime time) {
        this.messages = messages;
        this.media = media;
        this.contacts = contacts;
        this.customers = customers;
        this.names = names;
        this.chat = chat;
        this.time = time;
    }

    /** The conversations of a contact the caller may see (404 otherwise), newest first. */
    @RequiresPermission({Permission.CONTACT_VIEW, Permission.CUSTOMER_VIEW})
    public List<ConversationSummary> ofContact(long contactId) {
        Contact c = contacts.get(contactId);
        if (c.customerId() != null) customers.get(c.customerId());
        return summaries(List.of(c));
    }

    /** The conversations of the contacts of a customer the caller may see (404 otherwise), newest first. */
    @RequiresPermission({Permission.CONTACT_VIEW, Permission.CUSTOMER_VIEW})
    public List<ConversationSummary> ofCustomer(long customerId) {
        customers.get(customerId);
        return summaries(contacts.search(ContactQuery.of(null, customerId, 0, 2000)).items());
    }

    /** A page of a conversation's messages (see {@link MessageQuery}); a wrong parameter is a field problem. */
    @RequiresPermission({Permission.CONTACT_VIEW, Permission.CUSTOMER_VIEW})
    public ConversationPage messages(String key, MessageQuery query) {
        Checks c = new Checks();
        Instant before = instant(c, "before", query.before());
        Instant after = instant(c, "after", query.after());
        LocalDate date = c.date("date", query.date());
        c.range("limit", "archive.chat.limit", query.limit(), 1, MAX_LIMIT);
        String q = c.text("q", Text.trimToNull(query.q()), 200, false);
        c.throwIfAny();
        Map<String, String> known = requireVisible(key);
        if (date != null) {
            after = time.startOf(date).toInstant().minusNanos(1000);
            before = null;
        } else if (before == null && after == null) {
            before = END;
        }
        int limit = query.limit() == null ? DEFAULT_LIMIT : query.limit();
        List<ArchivedMessage> found = messages.page(key, after, before, Text.isBlank(q) ? null : q, limit);
        Map<String, StoredMedia> states = media.states(found.stream().filter(m -> m.sdkfileid() != null).map(ArchivedMessage::msgid).toList());
        Set<String> parties = new LinkedHashSet<>();
        found.forEach(m -> { if (m.from() != null) parties.add(m.from()); });
        Map<String, String> who = names.of(parties, known);
        List<ChatMessage> shown = found.stream().map(m -> chat.view(m, who, states)).filter(Objects::nonNull).toList();
        return new ConversationPage(key, shown, found.isEmpty() ? null : found.get(0).msgtime(),
                found.isEmpty() ? null : found.get(found.size() - 1).msgtime(), found.size() == limit);
    }

    /** The fetched media of a message of a conversation the caller may see; 404 while it is not fetched. */
    @RequiresPermission({Permission.CONTACT_VIEW, Permission.CUSTOMER_VIEW})
    public MediaFile media(String msgid) {
        ArchivedMessage m = messages.find(msgid).filter(x -> x.conversation() != null && x.sdkfileid() != null)
                .orElseThrow(() -> new NotFoundException("media", msgid));
        requireVisible(m.conversation());
        Path file = media.file(msgid).filter(Files::isRegularFile).orElseThrow(() -> new NotFoundException("media", msgid));
        String fileName = chat.body(m).hasNonNull("filename") ? chat.body(m).get("filename").asString() : null;
        String image = "image".equals(m.msgtype()) || "emotion".equals(m.msgtype()) ? MediaTypes.image(file) : null;
        String type = image != null ? image : MediaTypes.ofKind(m.msgtype(), fileName);
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            throw new NotFoundException("media", msgid);
        }
        return new MediaFile(file, type, fileName != null ? fileName : MediaTypes.defaultName(m.msgtype(), msgid, type), size,
                image != null);
    }

    /**
     * Whether the caller may see the conversation: one of its external parties is bound to a contact they may see whose
     * customer they may see. The names of those contacts by external_userid; NotFoundException otherwise.
     */
    private Map<String, String> requireVisible(String key) {
        Map<String, String> visible = new HashMap<>();
        if (key != null && key.length() <= 300) {
            for (String p : messages.parties(key)) {
                if (!ConversationNames.external(p)) continue;
                names.linked(p).filter(this::customerVisible).ifPresent(l -> visible.put(p, contactName(l)));
            }
        }
        if (visible.isEmpty()) throw new NotFoundException("conversation", key);
        return visible;
    }

    private boolean customerVisible(LinkedContact l) {
        if (l.customerId() == null) return true;
        try {
            customers.get(l.customerId());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private String contactName(LinkedContact l) {
        try {
            return contacts.get(l.contactId()).name();
        } catch (NotFoundException e) {
            return l.name();
        }
    }

    private List<ConversationSummary> summaries(List<Contact> of) {
        Map<String, String> known = new HashMap<>();
        Map<String, ArchivedMessage> latest = new LinkedHashMap<>();
        for (Contact c : of) {
            if (c.wecomExternalUserId() == null) continue;
            known.put(c.wecomExternalUserId(), c.name());
            for (ArchivedMessage m : messages.latestWith(c.wecomExternalUserId(), 200)) {
                latest.merge(m.conversation(), m, (a, b) -> a.msgtime().isAfter(b.msgtime()) ? a : b);
            }
        }
        List<ConversationSummary> out = new ArrayList<>();
        for (ArchivedMessage m : latest.values()) {
            boolean group = m.roomid() != null && !m.roomid().isEmpty();
            List<String> parties = group ? messages.parties(m.conversation())
                    : Arrays.asList(m.conversation().substring("single:".length()).split(","));
            Map<String, String> who = names.of(parties, known);
            List<String> members = parties.stream().filter(p -> !ConversationNames.external(p)).map(p -> who.getOrDefault(p, p)).toList();
            List<String> theirs = parties.stream().filter(ConversationNames::external).map(who::get).filter(Objects::nonNull).toList();
            out.add(new ConversationSummary(m.conversation(), group, members, theirs, m.msgtime()));
        }
        out.sort(Comparator.comparing(ConversationSummary::lastMessageAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    private static Instant instant(Checks c, String field, String value) {
        if (Text.isBlank(value)) return null;
        try {
            return OffsetDateTime.parse(value.trim().replace(" ", "+")).toInstant();
        } catch (DateTimeParseException e) {
            c.add(field, "invalid");
            return null;
        }
    }
}
