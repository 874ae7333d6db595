package io.qike.crm.archive.pull;

import java.time.Instant;
import java.util.List;

/**
 * The archive pull as the 会话留存 page shows it: whether the archive is set up, the cursor (last seq), messages stored,
 * items stored failed by reason and key version, the newest message's time, and the last pull: when, its outcome
 * ({@link PullResult}), WeCom's errcode or the SDK's ret, and the outcome in words; {@code pulling} while a pull runs.
 */
public record ArchiveStatus(boolean configured, String corpId, long lastSeq, long messagesStored, List<FailedCount> failed,
                            Instant newestMessageAt, Instant lastPullAt, String lastOutcome, Integer lastErrcode,
                            String lastOutcomeMessage, boolean pulling) {
}
