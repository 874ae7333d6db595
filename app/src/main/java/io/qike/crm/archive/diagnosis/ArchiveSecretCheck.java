package io.qike.crm.archive.diagnosis;

import io.qike.crm.archive.source.ChatSlice;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** 会话内容存档 Secret: missing, unknown (40001), another app's (48002), another corp's (40091), by one GetChatData. */
@Component
class ArchiveSecretCheck implements WecomCheck {
    private static final Map<Integer, String> WRONG = Map.of(40001, "invalid", 48002, "otherApp", 40091, "otherCorp", 40013, "corp");
    private final ArchiveProbe probe;

    ArchiveSecretCheck(ArchiveProbe probe) {
        this.probe = probe;
    }

    @Override
    public String id() {
        return "80-archive-secret";
    }

    @Override
    public String labelKey() {
        return "archive.check.secret";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        Optional<ChatSlice> answer = probe.chatData();
        if (answer.isEmpty()) return WecomCheckResult.warn("archive.check.secret.missing", "archive.check.secret.missing.action");
        ChatSlice s = answer.get();
        if (s.ok()) return WecomCheckResult.ok("archive.check.secret.ok");
        if (!ChatSlice.WRONG_SECRET.equals(s.reason())) return ArchiveProbe.unchecked(s.code());
        String key = "archive.check.secret." + WRONG.getOrDefault(s.errcode(), "invalid");
        return WecomCheckResult.fail(key, key + ".action", ArchiveProbe.code(s.code()));
    }
}
