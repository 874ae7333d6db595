package io.qike.crm.wecom.checks;

import io.qike.crm.wecom.SecretTest;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnectionTester;
import io.qike.crm.wecom.WecomSecret;
import org.springframework.stereotype.Component;

/** 常见问题 1: the corp id is unknown to WeCom (40013) or the API is not opened for it (48002 on the app's secret). */
@Component
class ApiOpenCheck implements WecomCheck {
    private final WecomConnectionTester tester;

    ApiOpenCheck(WecomConnectionTester tester) {
        this.tester = tester;
    }

    @Override
    public String id() {
        return "10-api-open";
    }

    @Override
    public String labelKey() {
        return "wecom.check.apiOpen";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        SecretTest t = tester.test(c.tenantId(), WecomSecret.APP);
        if (!t.configured()) return WecomCheckResult.fail("wecom.check.apiOpen.noSecret", "wecom.test.notConfigured.action");
        if (t.errcode() != null && (t.errcode() == 40013 || t.errcode() == 48002)) {
            return WecomCheckResult.fail("wecom.check.apiOpen.closed", "wecom.check.apiOpen.closed.action", t.errcode());
        }
        return WecomCheckResult.ok("wecom.check.apiOpen.ok");
    }
}
