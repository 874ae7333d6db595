package io.qike.crm.archive.pull;

import java.time.Instant;
import java.util.List;

/**
 * A stored archive message. {@code status} is {@code decrypted} or {@code failed} ({@code failReason}
 * {@code unknown_key_version} or {@code decrypt_failed}; then only msgid, seq and key version are known).
 * {@code content} is the decrypted JSON as WeCom gave it; {@code conversation} is {@code room:<roomid>} or
 * {@code single:<a>,<b>}; {@code sdkfileid, md5sum, filesize} are the media reference of image, voice, video, file
 * and emotion messages; {@code recalledBy} is the revoke's msgid; {@code external} a conversation with a customer.
 */
public record ArchivedMessage(String msgid, long seq, int keyVersion, String status, String failReason, String action,
                              String msgtype, String from, List<String> tolist, String roomid, Instant msgtime,
                              String conversation, String content, String revokes, String sdkfileid, String md5sum,
                              Long filesize, String recalledBy, Instant recalledAt, boolean external) {
}
