package io.qike.crm.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A way to reach a user outside the app (企业微信 in module {@code wecom}, later others). A channel is a bean
 * of any module; notify knows none by name. The in-app bell is no channel: the notification row is it.
 *
 * <p>{@link #deliver} receives a batch (one tenant, one channel) so that a channel can send one message to many
 * users at once, and answers per delivery. It runs in the batch's tenant with no user. A delivery may be
 * handed over again after a node stopped mid-send (see {@code DeliveryWorker}): a channel that can make a
 * resend harmless (WeCom's {@code enable_duplicate_check}) should, keyed by {@link Delivery#notificationId}.
 */
public interface NotificationChannel {
    /** A stable code stored with each delivery and preference, such as {@code wecom}. */
    String name();

    /** The message key of the channel's name as users see it under 接收消息. */
    String labelKey();

    /**
     * Whether the channel reaches anyone in the current enterprise at all (企业微信 only once it is connected): no
     * delivery is recorded through a channel that does not, so an enterprise without it sees no failures of it.
     */
    default boolean servesCurrentTenant() {
        return true;
    }

    /** Sends the batch; a delivery missing from the answer is retried later. */
    Map<Long, Result> deliver(List<Delivery> batch);

    /** One notification to one user through this channel; {@code attempt} counts from 1. */
    record Delivery(long deliveryId, long notificationId, long tenantId, long userId, String kind,
                    NotificationRequest.Text title, NotificationRequest.Text body, String link, String h5Link, int attempt) {
    }

    /** What became of one delivery. */
    sealed interface Result {
        Result DELIVERED = new Delivered();

        static Result retry(Duration after, String reason) {
            return new Retry(after, reason);
        }

        static Result failed(String reason) {
            return new FailedPermanently(reason);
        }
    }

    record Delivered() implements Result {
    }

    /** A transient error (network, rate limit): try again, not before {@code after} (null: the usual back-off). */
    record Retry(Duration after, String reason) implements Result {
    }

    /** This user cannot be reached this way ({@code invaliduser}); shown to the administrators, never retried. */
    record FailedPermanently(String reason) implements Result {
    }
}
