package io.qike.crm.archive.pull;

import java.time.Instant;
import java.util.List;

/**
 * A decrypted message as stored: the envelope (action, msgtype, from, tolist, roomid, msgtime), the conversation it
 * belongs to, the msgid it revokes (a {@code revoke}), its media reference (sdkfileid, md5sum, size) and whether it
 * is a conversation with a customer. {@code json} is the whole decrypted message.
 */
record ParsedMessage(String action, String msgtype, String from, List<String> tolist, String roomid, Instant msgtime,
                     String conversation, String json, String revokes, String sdkfileid, String md5sum, Long filesize,
                     boolean external) {
}
