package io.qike.crm.wecom.notify;

import io.qike.crm.notify.Notifications;
import io.qike.crm.platform.org.RecordOwners;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 常见问题 4 "企业微信首页没有 CRM 的信息推送": bound members who switched 企业微信 off under 接收消息, and members whose
 * WeCom messages failed for good (未绑定, outside the visible range, no seat), each named.
 */
@Component
class NotificationsCheck implements WecomCheck {
    private static final int NAMED = 10;
    private final WecomNotifyRepository repository;
    private final Notifications notifications;
    private final RecordOwners owners;

    NotificationsCheck(WecomNotifyRepository repository, Notifications notifications, RecordOwners owners) {
        this.repository = repository;
        this.notifications = notifications;
        this.owners = owners;
    }

    @Override
    public String id() {
        return "60-notifications";
    }

    @Override
    public String labelKey() {
        return "wecom.check.notifications";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        List<Long> off = notifications.switchedOff(repository.boundUsers(), WecomChannel.NAME);
        List<Long> failed = notifications.failedForGood(WecomChannel.NAME);
        if (!off.isEmpty() && !failed.isEmpty()) {
            return WecomCheckResult.fail("wecom.check.notifications.both", "wecom.check.notifications.both.action", names(off), names(failed));
        }
        if (!off.isEmpty()) return WecomCheckResult.fail("wecom.check.notifications.off", "wecom.check.notifications.off.action", names(off));
        if (!failed.isEmpty()) {
            return WecomCheckResult.fail("wecom.check.notifications.failed", "wecom.check.notifications.failed.action", names(failed));
        }
        return WecomCheckResult.ok("wecom.check.notifications.ok");
    }

    /** The first few names, and an ellipsis when there are more. */
    private String names(List<Long> users) {
        Map<Long, String> names = owners.names(users.subList(0, Math.min(NAMED, users.size())));
        String shown = String.join("、", users.stream().limit(NAMED).map(u -> names.getOrDefault(u, "#" + u)).toList());
        return users.size() > NAMED ? shown + "…" : shown;
    }
}
