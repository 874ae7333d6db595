package io.qike.crm.notify;

import java.util.List;

/**
 * What to tell whom. The title and body are message keys with their arguments, rendered in the reader's language
 * when shown or sent, so no text of one language is stored. {@code kind} is a code of the sender's choosing
 * ({@link Kinds} holds the ones modules use today); a later module adds its own without changing this one.
 * {@code link} is the web page's path; {@code h5Link} the mobile page's when it differs (else the same).
 * {@code onceKey}, when given, makes a second request with the same key for the same user do nothing.
 */
public record NotificationRequest(long tenantId, List<Long> recipients, String kind, Text title, Text body,
                                  String link, String h5Link, String onceKey) {
    /** A message key and its arguments (plain values: names, numbers). */
    public record Text(String key, List<String> args) {
        public static Text of(String key, Object... args) {
            return new Text(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    public NotificationRequest {
        recipients = List.copyOf(recipients);
        if (h5Link == null) h5Link = link;
    }

    public static NotificationRequest of(long tenantId, List<Long> recipients, String kind, Text title, Text body, String link) {
        return new NotificationRequest(tenantId, recipients, kind, title, body, link, null, null);
    }

    public NotificationRequest once(String key) {
        return new NotificationRequest(tenantId, recipients, kind, title, body, link, h5Link, key);
    }
}
