package io.qike.crm.archive.retention;

import io.qike.crm.archive.conversation.ConversationNames;
import io.qike.crm.archive.pull.ArchiveMessages;
import io.qike.crm.archive.pull.ArchivedMessage;
import io.qike.crm.archive.pull.RoomChat;
import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.files.FileStore;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.platform.validation.Text;
import io.qike.crm.wecom.ExternalContactLinks;
import io.qike.crm.wecom.WecomBindings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * 会话内容手动留存: the signed-in user picks one of their external contacts (one their bound WeCom member follows, bound
 * to a contact in their data scope), then one of their conversations with it: the one-to-one chat or a group chat both
 * took part in; selects messages of it, and gets one transcript, held until the record it is for is published with it.
 * Unbound users get {@code wecom_not_bound} (409); an external contact they do not follow or may not see, or a
 * conversation that is not theirs with it, is not found (404).
 */
@Service
public class ManualRetention {
    static final int SHOWN = 200;
    private final ArchiveMessages archive;
    private final WecomBindings bindings;
    private final ExternalContactLinks links;
    private final ConversationNames names;
    private final TranscriptWriter writer;
    private final TranscriptRepository held;
    private final FileStore files;
    private final EnterpriseTime time;
    private final MessageSource messages;

    ManualRetention(ArchiveMessages archive, WecomBindings bindings, ExternalContactLinks links, ConversationNames names,
                    TranscriptWriter writer, TranscriptRepository held, FileStore files, EnterpriseTime time, MessageSource messages) {
        this.archive = archive;
        this.bindings = bindings;
        this.links = links;
        this.names = names;
        this.writer = writer;
        this.held = held;
        this.files = files;
        this.time = time;
        this.messages = messages;
    }

    /** The current user's WeCom member, if bound. */
    public Optional<String> member() {
        return bindings.wecomUserFor(CurrentUser.require().userId());
    }

    /**
     * The external contacts the user has archived chats with (one-to-one, or group chats both are in); of one customer
     * when {@code customerId} is set.
     */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public List<ChatPartner> partners(Long customerId) {
        String me = requireMember();
        Set<String> parties = new TreeSet<>(archive.singleExternalParties(me));
        parties.addAll(archive.roomExternalParties(me));
        List<ChatPartner> out = new ArrayList<>();
        for (String party : parties) {
            if (party.equals(me)) continue;
            followed(party).filter(p -> customerId == null || customerId.equals(p.customerId())).ifPresent(out::add);
        }
        return out;
    }

    /** The external contact, if the user follows it and may see its contact. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public ChatPartner partner(String externalUserid) {
        requireMember();
        String id = Text.trimToNull(externalUserid);
        if (id == null) throw new InvalidInputException(FieldProblem.of("externalUserid", "required"));
        return followed(id).orElseThrow(() -> new NotFoundException("wecom_external_contact", id));
    }

    /** The user's conversations with the external contact: the one-to-one chat if it has messages, then group chats, newest first. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public List<ChatConversation> conversations(String externalUserid) {
        return conversations(partner(externalUserid), requireMember());
    }

    /** The newest messages of the user's one-to-one conversation with the external contact, in time order. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public List<ChatLine> conversation(String externalUserid) {
        return conversation(externalUserid, null);
    }

    /**
     * The newest messages of one of the user's conversations with the external contact (see {@link #conversations}; null:
     * the first of them), in time order.
     */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public List<ChatLine> conversation(String externalUserid, String conversation) {
        ChatPartner p = partner(externalUserid);
        String me = requireMember();
        String key = chosen(p, me, conversation).conversation();
        List<ArchivedMessage> shown = archive.latest(key, SHOWN);
        Map<String, String> who = names(me, p, shown);
        return shown.stream().map(m -> writer.line(m, who)).toList();
    }

    /** Writes the selected messages of the one-to-one conversation as one transcript and holds it for the user. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public HeldTranscript transcript(String externalUserid, Selection selection) {
        return transcript(externalUserid, null, selection);
    }

    /** Writes the selected messages of one of the user's conversations with the external contact as one transcript and holds it for the user. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public HeldTranscript transcript(String externalUserid, String conversation, Selection selection) {
        ChatPartner p = partner(externalUserid);
        String me = requireMember();
        ChatConversation c = chosen(p, me, conversation);
        Selection s = selection == null ? new Selection(null, null, null, null) : selection;
        List<ArchivedMessage> chosen = s.resolve(archive, c.conversation(), time);
        if (chosen.isEmpty()) throw new InvalidInputException(FieldProblem.of("selection", "archive_nothing_selected"));
        QikeUser user = CurrentUser.require();
        String about = c.group() ? p.name() + " · " + c.name() : p.name();
        String title = messages.getMessage("archive.retention.transcript.title", new Object[]{about}, LocaleContextHolder.getLocale());
        Transcript t = writer.write(title, chosen, names(me, p, chosen));
        byte[] bytes = t.html().getBytes(StandardCharsets.UTF_8);
        String sha = files.store(new ByteArrayInputStream(bytes));
        String fileName = title + " " + time.format(chosen.get(chosen.size() - 1).msgtime(), "yyyyMMdd-HHmm") + ".html";
        HeldTranscript h = new HeldTranscript(UUID.randomUUID(), p.externalUserid(), fileName, bytes.length, t.messages(), t.text());
        held.insert(h, user.userId(), sha);
        return h;
    }

    /** A held transcript's file, for its maker only. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public Map.Entry<HeldTranscript, Path> file(UUID uploadId) {
        TranscriptRepository.Stored s = held.find(uploadId, CurrentUser.require().userId())
                .orElseThrow(() -> new NotFoundException("wecom_archive_transcript", uploadId));
        return Map.entry(s.transcript(), files.pathOf(s.sha256()));
    }

    private List<ChatConversation> conversations(ChatPartner p, String me) {
        List<ChatConversation> out = new ArrayList<>();
        String single = ArchiveMessages.singleConversation(me, p.externalUserid());
        List<ArchivedMessage> newest = archive.latest(single, 1);
        if (!newest.isEmpty()) {
            out.add(new ChatConversation(single, false, text("archive.retention.conversation.single"), 2, newest.get(0).msgtime()));
        }
        for (RoomChat r : archive.roomsWith(me, p.externalUserid())) {
            out.add(new ChatConversation(r.conversation(), true, text("archive.retention.conversation.group", r.members()), r.members(),
                    r.lastMessageAt()));
        }
        return out;
    }

    /** The conversation asked for if it is one of the user's with the contact (blank: the first, else the one-to-one chat). */
    private ChatConversation chosen(ChatPartner p, String me, String conversation) {
        List<ChatConversation> all = conversations(p, me);
        String key = Text.trimToNull(conversation);
        if (key == null) {
            return all.isEmpty() ? new ChatConversation(ArchiveMessages.singleConversation(me, p.externalUserid()), false,
                    text("archive.retention.conversation.single"), 2, null) : all.get(0);
        }
        if (key.equals(ArchiveMessages.singleConversation(me, p.externalUserid()))) {
            return new ChatConversation(key, false, text("archive.retention.conversation.single"), 2, null);
        }
        return all.stream().filter(c -> c.conversation().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("wecom_archive_conversation", key));
    }

    /** Who sent these messages: the user and the contact as they know them, others by their bound user or contact. */
    private Map<String, String> names(String me, ChatPartner p, List<ArchivedMessage> shown) {
        Map<String, String> known = Map.of(me, CurrentUser.require().displayName(), p.externalUserid(), p.name());
        Set<String> senders = new LinkedHashSet<>();
        shown.forEach(m -> { if (m.from() != null) senders.add(m.from()); });
        return names.of(senders, known);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String requireMember() {
        return member().orElseThrow(() -> new ConflictException("wecom_not_bound", "error.wecom_not_bound", Map.of()));
    }

    private Optional<ChatPartner> followed(String externalUserid) {
        long me = CurrentUser.require().userId();
        return links.find(externalUserid).filter(l -> l.followerUserIds().contains(me))
                .map(l -> new ChatPartner(l.externalUserId(), l.name(), l.corpName(), l.contactId(), l.customerId()));
    }
}
