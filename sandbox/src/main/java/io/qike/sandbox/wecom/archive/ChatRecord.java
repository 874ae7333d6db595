package io.qike.sandbox.wecom.archive;

import java.util.List;
import java.util.Map;

/**
 * One archived message before encryption. {@code content} is the type-named object (text, image, …)
 * without the media md5sum, which is filled in when the record is sealed. For action "switch" only
 * msgid, msgtime (as "time") and from (as "user") are used.
 */
public record ChatRecord(long seq, String msgid, String action, String from, List<String> tolist, String roomid,
                         long msgtime, String msgtype, Map<String, Object> content, MediaFile media) {
}
