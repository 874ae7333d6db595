package io.qike.crm.notify;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.platform.validation.Checks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one notification service. {@link #notify} joins the caller's transaction: the notifications and their
 * pending deliveries commit with the business change or not at all, and nothing is sent before the commit
 * (the delivery worker only sees committed rows). The rest is the signed-in user's own inbox and switches.
 */
@Service
public class Notifications {
    private final NotificationRepository repository;
    private final ObjectProvider<NotificationChannel> channels;
    private final MessageSource messages;
    private final RecordOwners owners;

    Notifications(NotificationRepository repository, ObjectProvider<NotificationChannel> channels, MessageSource messages,
                  RecordOwners owners) {
        this.repository = repository;
        this.channels = channels;
        this.messages = messages;
        this.owners = owners;
    }

    /** Records the notification for each recipient (call it in the request's tenant), and a delivery per channel the recipient has not switched off. */
    @Transactional
    public void notify(NotificationRequest request) {
        // The transaction took its connection's tenant when it began, so the request must be for that tenant.
        Long tenant = TenantContext.currentTenantId();
        if (tenant == null || tenant != request.tenantId()) {
            throw new IllegalStateException("notification for tenant " + request.tenantId() + " requested in tenant " + tenant);
        }
        Set<Long> recipients = new LinkedHashSet<>(request.recipients());
        if (recipients.isEmpty()) return;
        List<NotificationChannel> all = channels.orderedStream().filter(NotificationChannel::servesCurrentTenant).toList();
        Map<String, List<Long>> off = new java.util.HashMap<>();
        for (NotificationChannel c : all) off.put(c.name(), repository.switchedOff(recipients, c.name()));
        for (long user : recipients) {
            repository.insert(user, request).ifPresent(id -> {
                for (NotificationChannel c : all) {
                    if (!off.get(c.name()).contains(user)) repository.insertDelivery(id, user, c.name());
                }
            });
        }
    }

    /** The signed-in user's notifications, newest first. */
    @Transactional(readOnly = true)
    public NotificationPage mine(boolean unreadOnly, int page, int size) {
        long me = CurrentUser.require().userId();
        page = Math.max(0, Math.min(page, 100_000));
        size = Math.max(1, Math.min(size, 100));
        List<Notification> items = repository.page(me, unreadOnly, page * size, size).stream().map(this::render).toList();
        return new NotificationPage(items, repository.count(me, unreadOnly), repository.count(me, true), page, size);
    }

    /** How many of the signed-in user's notifications are unread (the bell's figure). */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return repository.count(CurrentUser.require().userId(), true);
    }

    /** Marks one of the signed-in user's notifications read and returns it (its link is where the click goes). */
    @Transactional
    public Notification read(long id) {
        long me = CurrentUser.require().userId();
        Notification n = repository.find(me, id).orElseThrow(() -> new NotFoundException("notification", id));
        repository.markRead(me, id);
        return render(n);
    }

    @Transactional
    public int readAll() {
        return repository.markAllRead(CurrentUser.require().userId());
    }

    /** The signed-in user's 接收消息 switch for every channel there is (on unless switched off). */
    @Transactional(readOnly = true)
    public List<ChannelPreference> preferences() {
        Map<String, Boolean> set = repository.preferences(CurrentUser.require().userId());
        return channels.orderedStream().map(c -> new ChannelPreference(c.name(),
                messages.getMessage(c.labelKey(), null, c.name(), LocaleContextHolder.getLocale()),
                set.getOrDefault(c.name(), true))).toList();
    }

    /** Switches channels on or off for the signed-in user; an unknown channel is a field problem. */
    @Transactional
    public List<ChannelPreference> setPreferences(Map<String, Boolean> enabled) {
        long me = CurrentUser.require().userId();
        Set<String> known = new java.util.HashSet<>(channels.orderedStream().map(NotificationChannel::name).toList());
        Checks checks = new Checks();
        enabled.forEach((channel, on) -> {
            if (!known.contains(channel) || on == null) checks.add("channel", "invalid_option");
        });
        checks.throwIfAny();
        enabled.forEach((channel, on) -> repository.setPreference(me, channel, on));
        return preferences();
    }

    /** Deliveries that failed for good, newest first, with whom they were for and why. */
    @Transactional(readOnly = true)
    @RequiresPermission(Permission.ADMIN_ORG)
    public List<FailedDelivery> failures() {
        List<FailedDelivery> failed = repository.failures(200);
        Map<Long, String> names = owners.names(failed.stream().map(FailedDelivery::userId).toList());
        return failed.stream().map(f -> f.named(names.get(f.userId()))).toList();
    }

    /**
     * Of these users, those who switched the channel off (接收消息), for the channel's own diagnosis; the caller
     * checks that its reader may see this (the 企业微信 diagnosis is for its administrators).
     */
    @Transactional(readOnly = true)
    public List<Long> switchedOff(java.util.Collection<Long> userIds, String channel) {
        return userIds.isEmpty() ? List.of() : repository.switchedOff(userIds, channel);
    }

    /** The users with deliveries through the channel that failed for good, for the channel's own diagnosis. */
    @Transactional(readOnly = true)
    public List<Long> failedForGood(String channel) {
        return repository.failedUsers(channel);
    }

    /** Deliveries waiting for their next attempt are tried at the worker's next run instead (立即重试). */
    @Transactional
    @RequiresPermission(Permission.ADMIN_ORG)
    public int retryWaitingNow() {
        return repository.retryWaitingNow();
    }

    private Notification render(Notification n) {
        return n.rendered(text(n.titleText()), n.bodyText() == null ? null : text(n.bodyText()));
    }

    String text(NotificationRequest.Text t) {
        return messages.getMessage(t.key(), t.args().toArray(), LocaleContextHolder.getLocale());
    }
}
