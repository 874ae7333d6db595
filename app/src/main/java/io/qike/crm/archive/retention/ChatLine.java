package io.qike.crm.archive.retention;

import java.time.Instant;

/** One message of a conversation as the import dialog and the API show it: who, when (and as text), what. */
public record ChatLine(String msgid, String from, String fromName, Instant msgtime, String time, String msgtype, String text,
                       boolean media) {
}
