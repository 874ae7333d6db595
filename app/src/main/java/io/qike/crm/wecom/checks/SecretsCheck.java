package io.qike.crm.wecom.checks;

import io.qike.crm.wecom.SecretTest;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnectionTester;
import java.util.List;
import org.springframework.stereotype.Component;

/** Each secret valid and of the right app: the first that fails is named with WeCom's errcode and what to do. */
@Component
class SecretsCheck implements WecomCheck {
    private final WecomConnectionTester tester;

    SecretsCheck(WecomConnectionTester tester) {
        this.tester = tester;
    }

    @Override
    public String id() {
        return "30-secrets";
    }

    @Override
    public String labelKey() {
        return "wecom.check.secrets";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        List<SecretTest> tests = tester.test(c.tenantId());
        for (SecretTest t : tests) {
            if (t.configured() && !t.ok()) {
                return WecomCheckResult.fail("wecom.check.secrets.failed", t.actionKey(), t.secret().messageKey(), t.errcode());
            }
        }
        return tests.stream().filter(t -> !t.configured()).findFirst()
                .map(t -> WecomCheckResult.warn("wecom.check.secrets.missing", "wecom.test.notConfigured.action", t.secret().messageKey()))
                .orElseGet(() -> WecomCheckResult.ok("wecom.check.secrets.ok"));
    }
}
