package io.qike.crm.notify;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;

/** One notification as its recipient reads it: the title and body in the reader's language, with their keys. */
public record Notification(long id, String kind, @JsonIgnore NotificationRequest.Text titleText,
                           @JsonIgnore NotificationRequest.Text bodyText, String title, String body, String link,
                           String h5Link, OffsetDateTime createdAt, OffsetDateTime readAt) {
    public boolean unread() {
        return readAt == null;
    }

    Notification rendered(String title, String body) {
        return new Notification(id, kind, titleText, bodyText, title, body, link, h5Link, createdAt, readAt);
    }
}
