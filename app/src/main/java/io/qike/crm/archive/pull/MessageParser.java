package io.qike.crm.archive.pull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads the documented message shapes: {@code {msgid, action, from, tolist, roomid, msgtime, msgtype, <msgtype>:{…}}},
 * {@code switch} records ({@code {msgid, action:"switch", time, user}}, no msgtype), {@code revoke{pre_msgid}}, and the
 * media types' {@code sdkfileid, md5sum} and size ({@code filesize}, a voice's {@code voice_size}). Any other type is
 * kept as it came, with its msgtype.
 */
@Component
class MessageParser {
    private final JsonMapper json;

    MessageParser(JsonMapper json) {
        this.json = json;
    }

    /** Throws IllegalArgumentException when the text is not a message object. */
    ParsedMessage parse(String msgid, String text) {
        JsonNode m;
        try {
            m = json.readTree(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (m == null || !m.isObject()) throw new IllegalArgumentException("not a message");
        String action = str(m, "action");
        if ("switch".equals(action)) {
            String user = str(m, "user");
            return new ParsedMessage(action, null, user, List.of(), null, millis(m.path("time")), null, text, null, null, null,
                    null, external(msgid, List.of()));
        }
        String msgtype = str(m, "msgtype");
        String from = str(m, "from");
        List<String> to = new ArrayList<>();
        m.path("tolist").forEach(n -> to.add(n.asString()));
        String roomid = str(m, "roomid");
        JsonNode body = msgtype == null ? MissingNode.getInstance() : m.path(msgtype);
        String revokes = "revoke".equals(msgtype) ? str(body, "pre_msgid") : null;
        Long size = body.hasNonNull("filesize") ? Long.valueOf(body.get("filesize").asLong())
                : body.hasNonNull("voice_size") ? Long.valueOf(body.get("voice_size").asLong()) : null;
        List<String> parties = new ArrayList<>(to);
        if (from != null) parties.add(from);
        return new ParsedMessage(action, msgtype, from, List.copyOf(to), roomid, millis(m.path("msgtime")),
                conversation(roomid, parties), text, revokes, str(body, "sdkfileid"), str(body, "md5sum"), size,
                external(msgid, parties));
    }

    /** A group chat is its roomid; a one-to-one chat is its two parties in sorted order. */
    static String conversation(String roomid, List<String> parties) {
        if (roomid != null && !roomid.isEmpty()) return "room:" + roomid;
        return "single:" + String.join(",", new TreeSet<>(parties));
    }

    /**
     * A conversation with a customer: WeCom marks its msgid with the suffix {@code _external}, and an external
     * contact's userid (external_userid) starts with {@code wm} or {@code wo}, a member's never does.
     */
    static boolean external(String msgid, List<String> parties) {
        return (msgid != null && msgid.endsWith("_external"))
                || parties.stream().anyMatch(p -> p != null && (p.startsWith("wm") || p.startsWith("wo")));
    }

    private static Instant millis(JsonNode n) {
        return n.isNumber() || n.isString() && !n.asString().isEmpty() ? Instant.ofEpochMilli(n.asLong()) : null;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }
}
