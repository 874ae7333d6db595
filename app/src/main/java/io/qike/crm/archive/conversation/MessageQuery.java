package io.qike.crm.archive.conversation;

/**
 * A request for a conversation's messages as typed: {@code before} or {@code after} (ISO-8601 instants with an offset,
 * exclusive), {@code q} (text contained in text messages, any case), {@code date} (yyyy-MM-dd: the first messages of
 * that day in the enterprise's time zone) and {@code limit} (1–200, default 50). Without any: the newest messages.
 */
public record MessageQuery(String before, String after, String q, String date, Integer limit) {
    public static MessageQuery newest() {
        return new MessageQuery(null, null, null, null, null);
    }
}
