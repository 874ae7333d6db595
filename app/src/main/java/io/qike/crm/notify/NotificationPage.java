package io.qike.crm.notify;

import java.util.List;

/** A page of the signed-in user's notifications, with how many are unread in all. */
public record NotificationPage(List<Notification> items, long total, long unread, int page, int size) {
}
