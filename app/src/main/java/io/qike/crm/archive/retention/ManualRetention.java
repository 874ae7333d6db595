package io.qike.crm.archive.retention;

import io.qike.crm.archive.pull.ArchiveMessages;
import io.qike.crm.archive.pull.ArchivedMessage;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * 会话内容手动留存: the signed-in user picks one of their external contacts (one their bound WeCom member follows, bound
 * to a contact in their data scope), selects messages of their one-to-one conversation, and gets one transcript, held
 * until the record it is for is published with it. Unbound users get {@code wecom_not_bound} (409); an external
 * contact they do not follow or may not see is not found (404).
 */
@Service
public class ManualRetention {
    static final int SHOWN = 200;
    private final ArchiveMessages archive;
    private final WecomBindings bindings;
    private final ExternalContactLinks links;
    private final TranscriptWriter writer;
    private final TranscriptRepository held;
    private final FileStore files;
    private final EnterpriseTime time;
    private final MessageSource messages;

    ManualRetention(ArchiveMessages archive, WecomBindings bindings, ExternalContactLinks links, TranscriptWriter writer,
                    TranscriptRepository held, FileStore files, EnterpriseTime time, MessageSource messages) {
        this.archive = archive;
        this.bindings = bindings;
        this.links = links;
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

    /** The external contacts the user has archived one-to-one chats with; of one customer when {@code customerId} is set. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public List<ChatPartner> partners(Long customerId) {
        String me = requireMember();
        List<ChatPartner> out = new ArrayList<>();
        for (String party : archive.singleExternalParties(me)) {
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

    /** The newest messages of the user's conversation with the external contact, in time order. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public List<ChatLine> conversation(String externalUserid) {
        ChatPartner p = partner(externalUserid);
        String me = requireMember();
        Map<String, String> names = Map.of(me, CurrentUser.require().displayName(), p.externalUserid(), p.name());
        return archive.latest(ArchiveMessages.singleConversation(me, p.externalUserid()), SHOWN).stream()
                .map(m -> writer.line(m, names)).toList();
    }

    /** Writes the selected messages as one transcript and holds it for the user. */
    @RequiresPermission(Permission.SALESRECORD_CREATE)
    public HeldTranscript transcript(String externalUserid, Selection selection) {
        ChatPartner p = partner(externalUserid);
        String me = requireMember();
        Selection s = selection == null ? new Selection(null, null, null, null) : selection;
        List<ArchivedMessage> chosen = s.resolve(archive, ArchiveMessages.singleConversation(me, p.externalUserid()), time);
        if (chosen.isEmpty()) throw new InvalidInputException(FieldProblem.of("selection", "archive_nothing_selected"));
        QikeUser user = CurrentUser.require();
        String title = messages.getMessage("archive.retention.transcript.title", new Object[]{p.name()}, LocaleContextHolder.getLocale());
        Transcript t = writer.write(title, chosen, Map.of(me, user.displayName(), p.externalUserid(), p.name()));
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

    private String requireMember() {
        return member().orElseThrow(() -> new ConflictException("wecom_not_bound", "error.wecom_not_bound", Map.of()));
    }

    private Optional<ChatPartner> followed(String externalUserid) {
        long me = CurrentUser.require().userId();
        return links.find(externalUserid).filter(l -> l.followerUserIds().contains(me))
                .map(l -> new ChatPartner(l.externalUserId(), l.name(), l.corpName(), l.contactId(), l.customerId()));
    }
}
