package io.qike.crm.archive.conversation;

import io.qike.crm.archive.media.StoredMedia;
import io.qike.crm.archive.pull.ArchivedMessage;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Turns stored messages into what the chat view shows (documented shapes; anything else is "unsupported"). */
@Component
class ChatMessages {
    static final Set<String> MEDIA = Set.of("image", "voice", "video", "file", "emotion");
    private final JsonMapper json;

    ChatMessages(JsonMapper json) {
        this.json = json;
    }

    /** The message as shown, or null for what is not shown on its own (a revoke: its target is marked recalled). */
    ChatMessage view(ArchivedMessage m, Map<String, String> names, Map<String, StoredMedia> media) {
        String sender = m.from() == null ? null : names.getOrDefault(m.from(), m.from());
        boolean ours = m.from() != null && !ConversationNames.external(m.from());
        if ("switch".equals(m.action())) {
            return new ChatMessage(m.msgid(), "switch", sender, ours, m.msgtime(), null, null, null, null, null, false);
        }
        if ("revoke".equals(m.msgtype())) return null;
        JsonNode body = body(m);
        boolean recalled = m.recalledBy() != null;
        if ("text".equals(m.msgtype())) {
            return new ChatMessage(m.msgid(), "text", sender, ours, m.msgtime(), body.path("content").asString(""), null, null,
                    null, null, recalled);
        }
        if (m.msgtype() != null && MEDIA.contains(m.msgtype()) && m.sdkfileid() != null) {
            StoredMedia s = media.get(m.msgid());
            String state = s == null ? StoredMedia.PENDING : s.status();
            String fileName = body.hasNonNull("filename") ? body.get("filename").asString() : null;
            Integer play = body.hasNonNull("play_length") ? Integer.valueOf(body.get("play_length").asInt()) : null;
            return new ChatMessage(m.msgid(), m.msgtype(), sender, ours, m.msgtime(), null, state, fileName, m.filesize(), play,
                    recalled);
        }
        return new ChatMessage(m.msgid(), "unsupported", sender, ours, m.msgtime(), null, null, null, null, null, recalled);
    }

    JsonNode body(ArchivedMessage m) {
        if (m.content() == null || m.msgtype() == null) return MissingNode.getInstance();
        try {
            return json.readTree(m.content()).path(m.msgtype());
        } catch (RuntimeException e) {
            return MissingNode.getInstance();
        }
    }
}
