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

/** 会话留存's 自建应用 Secret: a token with it and the app's own call, as the connection test tries a secret. */
@Component
class ArchiveAppSecretCheck implements WecomCheck {
    private final ArchiveProbe probe;
    private final WecomConnectionTester tester;

    ArchiveAppSecretCheck(ArchiveProbe probe, WecomConnectionTester tester) {
        this.probe = probe;
        this.tester = tester;
    }

    @Override
    public String id() {
        return "82-archive-app-secret";
    }

    @Override
    public String labelKey() {
        return "archive.check.appSecret";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        Optional<ArchiveCredentials> credentials = probe.credentials();
        if (credentials.isEmpty()) return ArchiveProbe.NOT_CONFIGURED;
        SecretTest t = tester.test(c.tenantId(), WecomSecret.APP, credentials.get().appSecret(), WecomSecret.APP);
        if (!t.configured()) return WecomCheckResult.fail("archive.check.appSecret.missing", "archive.check.appSecret.missing.action");
        if (t.ok()) return WecomCheckResult.ok("archive.check.appSecret.ok");
        if (t.errcode() != null && t.errcode() == 60020) return ArchiveProbe.unchecked(60020);
        return WecomCheckResult.fail("archive.check.appSecret.failed", t.actionKey(), ArchiveProbe.code(t.errcode()));
    }
}
