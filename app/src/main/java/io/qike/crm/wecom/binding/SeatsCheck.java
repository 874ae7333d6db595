package io.qike.crm.wecom.binding;

import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomErrors;
import io.qike.crm.wecom.directory.DirectoryReader;
import io.qike.crm.wecom.directory.SeatRepository;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.springframework.stereotype.Component;

/** 常见问题 4 使用人数超限: the app's visible range exceeds its seats; names who WeCom refuses and how to fix it. */
@Component
class SeatsCheck implements WecomCheck {
    private final WecomClients clients;
    private final DirectoryReader reader;
    private final SeatRepository seats;
    private final MemberNames names;

    SeatsCheck(WecomClients clients, DirectoryReader reader, SeatRepository seats, MemberNames names) {
        this.clients = clients;
        this.reader = reader;
        this.seats = seats;
        this.names = names;
    }

    @Override
    public String id() {
        return "60-seats";
    }

    @Override
    public String labelKey() {
        return "wecom.check.seats";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        Optional<WxCpService> app = clients.forTenant(c.tenantId()).app();
        if (app.isEmpty()) return WecomCheckResult.warn("wecom.check.seats.noApp", "wecom.test.notConfigured.action");
        Integer purchased = seats.purchased().orElse(null);
        try {
            DirectoryReader.AppReach reach = reader.appReach(app.get(), purchased);
            if (reach.unseated().isEmpty() && (purchased == null || reach.visible().size() <= purchased)) {
                return WecomCheckResult.ok("wecom.check.seats.ok", reach.visible().size());
            }
            if (reach.unseated().isEmpty()) {
                return WecomCheckResult.fail("wecom.check.seats.overPurchased", "wecom.check.seats.exceeded.action",
                        reach.visible().size(), purchased);
            }
            return WecomCheckResult.fail("wecom.check.seats.exceeded", "wecom.check.seats.exceeded.action", reach.visible().size(),
                    names.of(reach.unseated()));
        } catch (WxErrorException e) {
            WecomErrors.Advice a = WecomErrors.of(e.getError().getErrorCode(), e.getError().getErrorMsg());
            return WecomCheckResult.fail(a.messageKey(), a.actionKey(), a.args());
        }
    }
}
