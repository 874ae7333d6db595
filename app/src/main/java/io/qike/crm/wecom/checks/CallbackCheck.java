package io.qike.crm.wecom.checks;

import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.wecom.WecomCallbackStatus;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** 接收事件服务器: the callback URL verified by WeCom, and when an event last arrived. */
@Component
class CallbackCheck implements WecomCheck {
    private final WecomCallbackStatus status;
    private final EnterpriseTime times;

    CallbackCheck(WecomCallbackStatus status, EnterpriseTime times) {
        this.status = status;
        this.times = times;
    }

    @Override
    public String id() {
        return "40-callback";
    }

    @Override
    public String labelKey() {
        return "wecom.check.callback";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        if (!c.callbackReady()) return WecomCheckResult.fail("wecom.check.callback.notSet", "wecom.check.callback.notSet.action");
        if (c.callbackVerifiedAt() == null) {
            return WecomCheckResult.fail("wecom.check.callback.notVerified", "wecom.check.callback.notVerified.action");
        }
        Map<String, Instant> last = status.lastReceived();
        Optional<Instant> latest = last.values().stream().max(Instant::compareTo);
        return latest.map(at -> WecomCheckResult.ok("wecom.check.callback.lastEvent", times.format(at, EnterpriseTime.SECOND)))
                .orElseGet(() -> WecomCheckResult.warn("wecom.check.callback.noEvent", "wecom.check.callback.noEvent.action"));
    }
}
