package io.qike.crm.archive.pull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Read-only access to the pulled messages of the current enterprise, for the rest of the archive module (media,
 * conversation view, retention). No permission check: callers decide who may see what.
 */
@Service
public class ArchiveMessages {
    private final ArchiveMessageRepository messages;

    ArchiveMessages(ArchiveMessageRepository messages) {
        this.messages = messages;
    }

    public Optional<ArchivedMessage> find(String msgid) {
        return messages.find(msgid);
    }

    public Optional<ArchivedMessage> findBySeq(long seq) {
        return messages.findBySeq(seq);
    }

    /** A conversation's messages by time from {@code from} on (null: from the start), at most {@code limit} (≤ 1000). */
    public List<ArchivedMessage> conversation(String conversation, Instant from, int limit) {
        return messages.conversation(conversation, from, Math.max(1, Math.min(1000, limit)));
    }

    /** The newest {@code limit} (≤ 1000) readable messages (decrypted, not a switch record) of a conversation, in time order. */
    public List<ArchivedMessage> latest(String conversation, int limit) {
        return messages.latest(conversation, Math.max(1, Math.min(1000, limit)));
    }

    /** The readable messages of a conversation sent in [from, to), in time order, at most {@code limit} (≤ 1000). */
    public List<ArchivedMessage> between(String conversation, Instant from, Instant to, int limit) {
        return messages.between(conversation, from, to, Math.max(1, Math.min(1000, limit)));
    }

    /** Those of these msgids that are readable messages of the conversation, in time order. */
    public List<ArchivedMessage> selected(String conversation, java.util.Collection<String> msgids) {
        return msgids.isEmpty() ? List.of() : messages.selected(conversation, msgids);
    }

    /**
     * Everyone in one-to-one conversations with customers that have readable messages (members and external userids
     * alike); with {@code userid}, only the conversations of that member (and the member itself).
     */
    public List<String> singleExternalParties(String userid) {
        return messages.singleExternalParties(userid);
    }

    /** The external contacts (external_userid) in the group chats the member {@code userid} sent or received messages in. */
    public List<String> roomExternalParties(String userid) {
        return messages.roomExternalParties(userid);
    }

    /** The group chats both parties (userid or external_userid) sent or received messages in, newest first. */
    public List<RoomChat> roomsWith(String a, String b) {
        return messages.roomsWith(a, b);
    }

    /** The readable one-to-one messages with any of these parties stored after seq {@code afterSeq}, by seq, at most {@code limit} (≤ 1000). */
    public List<ArchivedMessage> singleWith(java.util.Collection<String> parties, long afterSeq, int limit) {
        return parties.isEmpty() ? List.of() : messages.singleWith(parties, afterSeq, Math.max(1, Math.min(1000, limit)));
    }

    /** Decrypted media-bearing messages (with an sdkfileid) after {@code seq}, by seq, at most {@code limit} (≤ 1000). */
    public List<ArchivedMessage> mediaAfter(long seq, int limit) {
        return messages.mediaAfter(seq, Math.max(1, Math.min(1000, limit)));
    }

    /**
     * Media messages up to {@code seq} that the media worker does not know yet: those whose key came late, decrypted
     * after newer messages had been seen (see {@link #mediaAfter}).
     */
    public List<ArchivedMessage> mediaMissing(long seq, int limit) {
        return messages.mediaMissing(seq, Math.max(1, Math.min(1000, limit)));
    }

    /** The newest message of each conversation {@code party} (userid or external_userid) sent or received in, newest first. */
    public List<ArchivedMessage> latestWith(String party, int limit) {
        return messages.latestWith(party, Math.max(1, Math.min(1000, limit)));
    }

    /** Everyone who sent or received a message in the conversation. */
    public List<String> parties(String conversation) {
        return messages.parties(conversation);
    }

    /**
     * A page of a conversation, in time order: the newest {@code limit} before {@code before} when it is given, else the
     * oldest after {@code after} (both exclusive, null: unbounded), only text messages containing {@code q}
     * (case-insensitive) when it is given.
     */
    public List<ArchivedMessage> page(String conversation, Instant after, Instant before, String q, int limit) {
        return messages.page(conversation, after, before, q, Math.max(1, Math.min(1000, limit)));
    }

    /** The conversation key of a one-to-one chat between two parties (userid or external_userid). */
    public static String singleConversation(String a, String b) {
        return MessageParser.conversation(null, List.of(a, b));
    }

    /** The conversation key of a group chat. */
    public static String roomConversation(String roomid) {
        return MessageParser.conversation(roomid, List.of());
    }
}
