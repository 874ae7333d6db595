package io.qike.crm.wecom.checks;

import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnectionTester;
import org.springframework.stereotype.Component;

/** 企业可信IP: a secret refused with 60020 names the address WeCom saw, to add to the app's allow-list. */
@Component
class IpAllowListCheck implements WecomCheck {
    private final WecomConnectionTester tester;

    IpAllowListCheck(WecomConnectionTester tester) {
        this.tester = tester;
    }

    @Override
    public String id() {
        return "20-ip-allow-list";
    }

    @Override
    public String labelKey() {
        return "wecom.check.ip";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        return tester.test(c.tenantId()).stream().filter(t -> t.errcode() != null && t.errcode() == 60020).findFirst()
                .map(t -> WecomCheckResult.fail("wecom.check.ip.refused", "wecom.error.ip.action", t.args().get(0)))
                .orElseGet(() -> WecomCheckResult.ok("wecom.check.ip.ok"));
    }
}
