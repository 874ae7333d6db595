package io.qike.crm.notify;

import java.time.OffsetDateTime;

/** A delivery that failed for good (a user WeCom does not know, 不在应用可见范围), for the administrators. */
public record FailedDelivery(long id, long userId, String userName, String channel, String kind, String reason,
                             int attempts, OffsetDateTime createdAt) {
    FailedDelivery named(String name) {
        return new FailedDelivery(id, userId, name, channel, kind, reason, attempts, createdAt);
    }
}
