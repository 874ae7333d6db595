package io.qike.crm.archive.diagnosis;

import io.qike.crm.archive.keys.ArchiveKeyView;
import io.qike.crm.archive.keys.ArchiveSettingsService;
import io.qike.crm.archive.pull.FailedCount;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 消息加密公钥 and its 版本号 alike on both sides: a pair exists, a version WeCom encrypts with has a pair here
 * (messages parked under it otherwise), the pair given a version decrypts it, and no pair still awaits its version.
 */
@Component
class ArchiveKeysCheck implements WecomCheck {
    private final ArchiveSettingsService settings;
    private final ArchiveProbe probe;

    ArchiveKeysCheck(ArchiveSettingsService settings, ArchiveProbe probe) {
        this.settings = settings;
        this.probe = probe;
    }

    @Override
    public String id() {
        return "81-archive-keys";
    }

    @Override
    public String labelKey() {
        return "archive.check.keys";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        List<ArchiveKeyView> keys = settings.keys();
        if (keys.isEmpty()) return WecomCheckResult.fail("archive.check.keys.none", "archive.check.keys.none.action");
        List<FailedCount> failed = probe.credentials().isPresent() ? probe.status().failed() : List.of();
        Optional<FailedCount> wrongPair = first(failed, "decrypt_failed");
        if (wrongPair.isPresent()) {
            FailedCount f = wrongPair.get();
            return WecomCheckResult.fail("archive.check.keys.wrongPair", "archive.check.keys.wrongPair.action", String.valueOf(f.keyVersion()), f.count());
        }
        Optional<FailedCount> unknown = first(failed, "unknown_key_version");
        if (unknown.isPresent()) {
            FailedCount f = unknown.get();
            return WecomCheckResult.fail("archive.check.keys.unknownVersion", "archive.check.keys.unknownVersion.action",
                    String.valueOf(f.keyVersion()), f.count());
        }
        if (keys.stream().anyMatch(k -> k.version() == null)) {
            return WecomCheckResult.warn("archive.check.keys.awaiting", "archive.check.keys.awaiting.action");
        }
        return WecomCheckResult.ok("archive.check.keys.ok", keys.stream().map(k -> String.valueOf(k.version()))
                .collect(Collectors.joining(", ")));
    }

    private static Optional<FailedCount> first(List<FailedCount> failed, String reason) {
        return failed.stream().filter(f -> reason.equals(f.reason())).findFirst();
    }
}
