package io.qike.crm.archive.pull;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The archive pull as the 会话留存 page shows it: whether the archive Secret is set up ({@code configured}), whether
 * anything can be decrypted ({@code state}, in words {@code stateMessage}), the cursor (last seq), messages stored,
 * items stored failed by reason and key version, the newest message's time, and the last pull: when, its outcome
 * ({@link PullResult}), WeCom's errcode or the SDK's ret, and the outcome in words; {@code pulling} while a pull runs.
 */
public record ArchiveStatus(boolean configured,
                            @Schema(description = "not_configured: the archive Secret is not saved (or WeCom is not connected); "
                                    + "no_key_pair: no message encryption key pair was generated; key_version_missing: no key pair has "
                                    + "the version WeCom gave its public key yet (enter 消息加密密钥版本号), so nothing can be decrypted; "
                                    + "ready: messages can be pulled and decrypted",
                                    allowableValues = {NOT_CONFIGURED, NO_KEY_PAIR, KEY_VERSION_MISSING, READY}) String state,
                            String stateMessage, String corpId, long lastSeq, long messagesStored, List<FailedCount> failed,
                            Instant newestMessageAt, Instant lastPullAt, String lastOutcome, Integer lastErrcode,
                            String lastOutcomeMessage, boolean pulling) {
    public static final String NOT_CONFIGURED = "not_configured";
    public static final String NO_KEY_PAIR = "no_key_pair";
    public static final String KEY_VERSION_MISSING = "key_version_missing";
    public static final String READY = "ready";
}
