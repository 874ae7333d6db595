package io.qike.crm.wecom.external;

import io.qike.crm.wecom.SecretTest;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnectionTester;
import io.qike.crm.wecom.WecomSecret;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.springframework.stereotype.Component;

/**
 * 外部联系人: the 客户联系 secret reads the external contacts (imports), and the self-built app is among 客户联系 →
 * 可调用应用, without which WeCom refuses it the external contacts (48002) and the chat sidebar cannot tell whom
 * the member is talking to.
 */
@Component
class ExternalContactAccessCheck implements WecomCheck {
    private final WecomConnectionTester tester;
    private final WecomClients clients;

    ExternalContactAccessCheck(WecomConnectionTester tester, WecomClients clients) {
        this.tester = tester;
        this.clients = clients;
    }

    @Override
    public String id() {
        return "60-external-contacts";
    }

    @Override
    public String labelKey() {
        return "wecom.check.external";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        SecretTest customer = tester.test(c.tenantId(), WecomSecret.CUSTOMER);
        if (!customer.configured()) {
            return WecomCheckResult.fail("wecom.check.external.noCustomerSecret", "wecom.check.external.noCustomerSecret.action");
        }
        if (!customer.ok()) {
            return WecomCheckResult.fail("wecom.check.external.customerSecret", "wecom.check.external.customerSecret.action",
                    customer.errcode() == null ? 0 : customer.errcode());
        }
        Optional<WxCpService> app = clients.forTenant(c.tenantId()).app();
        if (app.isEmpty()) return WecomCheckResult.ok("wecom.check.external.ok");
        try {
            app.get().getExternalContactService().listFollowers();
            return WecomCheckResult.ok("wecom.check.external.ok");
        } catch (WxErrorException e) {
            if (e.getError().getErrorCode() == 48002) {
                return WecomCheckResult.fail("wecom.check.external.appNotAllowed", "wecom.check.external.appNotAllowed.action");
            }
            // Other answers (IP, secret, seats) are named by their own checks.
            return WecomCheckResult.ok("wecom.check.external.ok");
        }
    }
}
