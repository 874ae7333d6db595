package io.qike.crm.notify;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends what notifications are due through their channels, every few seconds on one node (a recurring task);
 * claiming with {@code FOR UPDATE SKIP LOCKED} would let several workers share the work all the same.
 *
 * <p>A delivery is claimed for a lease (status {@code sending}), sent, and settled by the same claim: sent,
 * retried later with back-off (1 min, 5 min, 30 min, 2 h) or failed for good after {@link #MAX_ATTEMPTS}. A settled
 * {@code sent} row is never claimed again, so two runs or a restart never send it twice. A node that stops between
 * sending and settling leaves a {@code sending} row whose lease runs out; the next run sends it again. That is
 * at-least-once on purpose: a missed 客户分配 message costs a sale, a second one costs a glance, and the WeCom
 * channel makes the resend harmless with {@code enable_duplicate_check} over the lease's span.
 */
@Component
class DeliveryWorker implements RecurringTask {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    static final int MAX_ATTEMPTS = 5;
    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 200;
    private final DeliveryRepository deliveries;
    private final ObjectProvider<NotificationChannel> channels;

    DeliveryWorker(DeliveryRepository deliveries, ObjectProvider<NotificationChannel> channels) {
        this.deliveries = deliveries;
        this.channels = channels;
    }

    @Override
    public String name() {
        return "notify.deliver";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(10);
    }

    @Override
    public void run() {
        Map<String, NotificationChannel> byName = channels.orderedStream()
                .collect(Collectors.toMap(NotificationChannel::name, Function.identity(), (a, b) -> a));
        for (long tenant : deliveries.dueTenants()) {
            try {
                TenantContext.runAs(tenant, () -> runTenant(byName));
            } catch (RuntimeException e) {
                log.warn("Notifications of tenant {} not sent this time: {}", tenant, e.toString());
            }
        }
    }

    private void runTenant(Map<String, NotificationChannel> byName) {
        List<DeliveryRepository.Claim> claimed;
        do {
            claimed = deliveries.claim(BATCH, LEASE);
            Map<String, List<DeliveryRepository.Claim>> batches = claimed.stream().collect(Collectors.groupingBy(
                    DeliveryRepository.Claim::channel, LinkedHashMap::new, Collectors.toList()));
            batches.values().forEach(batch -> send(byName.get(batch.get(0).channel()), batch));
        } while (claimed.size() == BATCH);
    }

    private void send(NotificationChannel channel, List<DeliveryRepository.Claim> batch) {
        List<NotificationChannel.Delivery> items = batch.stream().map(DeliveryRepository.Claim::delivery).toList();
        if (channel == null) {
            // The channel's module is gone from this installation: nobody can send these.
            items.forEach(d -> deliveries.failed(d.deliveryId(), d.attempt(), "channel_unavailable"));
            return;
        }
        Map<Long, NotificationChannel.Result> results;
        try {
            results = channel.deliver(items);
        } catch (RuntimeException e) {
            log.warn("Notification channel {} failed: {}", channel.name(), e.toString());
            results = Map.of();
        }
        for (NotificationChannel.Delivery d : items) {
            NotificationChannel.Result r = results.getOrDefault(d.deliveryId(), NotificationChannel.Result.retry(null, "no_answer"));
            settle(d, r);
        }
    }

    private void settle(NotificationChannel.Delivery d, NotificationChannel.Result result) {
        if (result instanceof NotificationChannel.FailedPermanently f) {
            deliveries.failed(d.deliveryId(), d.attempt(), f.reason());
        } else if (result instanceof NotificationChannel.Retry r) {
            if (d.attempt() >= MAX_ATTEMPTS) deliveries.failed(d.deliveryId(), d.attempt(), r.reason());
            else deliveries.retry(d.deliveryId(), d.attempt(), r.after() != null ? r.after() : backOff(d.attempt()), r.reason());
        } else {
            deliveries.sent(d.deliveryId(), d.attempt());
        }
    }

    /** The wait after the given (1-based) failed attempt. */
    static Duration backOff(int attempt) {
        return BACK_OFF.get(Math.min(attempt, BACK_OFF.size()) - 1);
    }
}
