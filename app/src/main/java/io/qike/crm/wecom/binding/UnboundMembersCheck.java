package io.qike.crm.wecom.binding;

import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomErrors;
import io.qike.crm.wecom.directory.DirectoryReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.springframework.stereotype.Component;

/**
 * 常见问题 2 企业初始化: members in the app's visible range (as WeCom lists it now) without a Qike user bound, e.g.
 * after the visible range was widened (尚未绑定成功 / 调整了可见范围后未做账号绑定).
 */
@Component
class UnboundMembersCheck implements WecomCheck {
    private final WecomClients clients;
    private final DirectoryReader reader;
    private final BindingRepository store;
    private final MemberNames names;

    UnboundMembersCheck(WecomClients clients, DirectoryReader reader, BindingRepository store, MemberNames names) {
        this.clients = clients;
        this.reader = reader;
        this.store = store;
        this.names = names;
    }

    @Override
    public String id() {
        return "70-unbound";
    }

    @Override
    public String labelKey() {
        return "wecom.check.unbound";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        Optional<WxCpService> app = clients.forTenant(c.tenantId()).app();
        if (app.isEmpty()) return WecomCheckResult.warn("wecom.check.seats.noApp", "wecom.test.notConfigured.action");
        try {
            // The seats are another check's question: every visible member is asked about here.
            Set<String> unbound = new HashSet<>(reader.appReach(app.get(), Integer.MAX_VALUE).visible());
            unbound.removeAll(store.boundUserids());
            if (unbound.isEmpty()) return WecomCheckResult.ok("wecom.check.unbound.ok");
            return WecomCheckResult.fail("wecom.check.unbound.found", "wecom.check.unbound.action", unbound.size(), names.of(unbound));
        } catch (WxErrorException e) {
            WecomErrors.Advice a = WecomErrors.of(e.getError().getErrorCode(), e.getError().getErrorMsg());
            return WecomCheckResult.fail(a.messageKey(), a.actionKey(), a.args());
        }
    }
}
