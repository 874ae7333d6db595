package io.qike.crm.archive.diagnosis;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.archive.pull.ArchivePullService;
import io.qike.crm.archive.pull.ArchiveStatus;
import io.qike.crm.archive.source.ArchiveSource;
import io.qike.crm.archive.source.ChatSlice;
import io.qike.crm.wecom.WecomCheckResult;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the archive's checks ask WeCom and Qike: the archive's credentials, the pull's status, and one GetChatData of
 * limit 1 at the current cursor (what the puller would ask next; nothing is stored, the cursor does not move).
 */
@Component
class ArchiveProbe {
    /** What a check says when the archive is not set up (the Secret check says what to do). */
    static final WecomCheckResult NOT_CONFIGURED = WecomCheckResult.ok("archive.check.notConfigured");
    private final ArchiveKeyRing keyRing;
    private final ArchiveSource source;
    private final ArchivePullService pulls;

    ArchiveProbe(ArchiveKeyRing keyRing, ArchiveSource source, ArchivePullService pulls) {
        this.keyRing = keyRing;
        this.source = source;
        this.pulls = pulls;
    }

    Optional<ArchiveCredentials> credentials() {
        return keyRing.credentials();
    }

    ArchiveStatus status() {
        return pulls.status();
    }

    /** Empty when the archive Secret is not set. */
    Optional<ChatSlice> chatData() {
        return credentials().map(c -> source.chatData(c, status().lastSeq(), 1));
    }

    /** An errcode or ret as shown: digits only (a number argument would be grouped, 301,052). */
    static String code(Integer code) {
        return code == null ? "-" : String.valueOf(code);
    }

    /** A failure another check names: WeCom did not get as far as this check's question. */
    static WecomCheckResult unchecked(Integer code) {
        return WecomCheckResult.warn("archive.check.unchecked", "archive.check.unchecked.action", code(code));
    }
}
