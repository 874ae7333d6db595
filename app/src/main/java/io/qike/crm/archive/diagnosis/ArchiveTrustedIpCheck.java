package io.qike.crm.archive.diagnosis;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.source.ChatSlice;
import io.qike.crm.wecom.SecretTest;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnectionTester;
import io.qike.crm.wecom.WecomSecret;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 可信 IP: the archive's own list (the SDK's 10009 on GetChatData) and the self-built app's 企业可信IP (60020 on its
 * HTTP APIs, with the address WeCom saw).
 */
@Component
class ArchiveTrustedIpCheck implements WecomCheck {
    private final ArchiveProbe probe;
    private final WecomConnectionTester tester;

    ArchiveTrustedIpCheck(ArchiveProbe probe, WecomConnectionTester tester) {
        this.probe = probe;
        this.tester = tester;
    }

    @Override
    public String id() {
        return "83-archive-ip";
    }

    @Override
    public String labelKey() {
        return "archive.check.ip";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        Optional<ArchiveCredentials> credentials = probe.credentials();
        if (credentials.isEmpty()) return ArchiveProbe.NOT_CONFIGURED;
        ChatSlice s = probe.chatData().orElseThrow();
        if (ChatSlice.IP_NOT_TRUSTED.equals(s.reason())) {
            return WecomCheckResult.fail("archive.check.ip.archive", "archive.check.ip.archive.action", ArchiveProbe.code(s.code()));
        }
        SecretTest app = tester.test(c.tenantId(), WecomSecret.APP, credentials.get().appSecret(), WecomSecret.APP);
        if (app.errcode() != null && app.errcode() == 60020) {
            return WecomCheckResult.fail("archive.check.ip.app", "wecom.error.ip.action", app.args().get(0));
        }
        return WecomCheckResult.ok("archive.check.ip.ok");
    }
}
