package io.qike.crm.archive.diagnosis;

import io.qike.crm.archive.source.ChatSlice;
import io.qike.crm.wecom.WecomCheck;
import io.qike.crm.wecom.WecomCheckResult;
import io.qike.crm.wecom.WecomConnection;
import org.springframework.stereotype.Component;

/** 会话内容存档 bought and in force: GetChatData answers 301052 once the licence has expired. */
@Component
class ArchiveLicenceCheck implements WecomCheck {
    private final ArchiveProbe probe;

    ArchiveLicenceCheck(ArchiveProbe probe) {
        this.probe = probe;
    }

    @Override
    public String id() {
        return "85-archive-licence";
    }

    @Override
    public String labelKey() {
        return "archive.check.licence";
    }

    @Override
    public WecomCheckResult run(WecomConnection c) {
        return probe.chatData().map(s -> s.ok() ? WecomCheckResult.ok("archive.check.licence.ok")
                : ChatSlice.LICENCE_EXPIRED.equals(s.reason())
                ? WecomCheckResult.fail("archive.check.licence.expired", "archive.check.licence.expired.action", ArchiveProbe.code(s.code()))
                : ArchiveProbe.unchecked(s.code())).orElse(ArchiveProbe.NOT_CONFIGURED);
    }
}
