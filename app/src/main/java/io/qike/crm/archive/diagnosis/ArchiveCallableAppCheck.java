package io.qike.crm.archive.diagnosis;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.wecom.SecretTest;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnectionTester;
import io.qike.crm.wecom.WecomSecret;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The self-built app among 客户联系 → 可调用应用 (seed 5.2.1): WeCom refuses the app's secret the external contacts
 * (48002) otherwise, and archived chats cannot be matched to customers. Asked only once the secret itself works.
 */
@Component
class ArchiveCallableAppCheck implements WecomCheck {
    private final ArchiveProbe probe;
    private final WecomConnectionTester tester;

    ArchiveCallableAppCheck(ArchiveProbe probe, WecomConnectionTester tester) {
        this.probe = probe;
        this.tester = tester;
    }

    @Override
    public String id() {
        return "84-archive-callable";
    }

    @Override
    public String labelKey() {
        return "archive.check.callable";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        Optional<String> secret = probe.credentials().map(ArchiveCredentials::appSecret);
        if (secret.isEmpty()) return ArchiveProbe.NOT_CONFIGURED;
        SecretTest app = tester.test(c.tenantId(), WecomSecret.APP, secret.get(), WecomSecret.APP);
        if (!app.ok()) return ArchiveProbe.unchecked(app.errcode());
        SecretTest external = tester.test(c.tenantId(), WecomSecret.APP, secret.get(), WecomSecret.CUSTOMER);
        if (external.ok()) return WecomCheckResult.ok("archive.check.callable.ok");
        if (external.errcode() != null && external.errcode() == 48002) {
            return WecomCheckResult.fail("archive.check.callable.missing", "archive.check.callable.missing.action", "48002");
        }
        return ArchiveProbe.unchecked(external.errcode());
    }
}
