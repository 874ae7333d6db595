package io.qike.crm.archive.pull;

/**
 * How one pull ended: {@code outcome} is {@code ok}, {@code already_pulling}, {@code not_configured},
 * {@code cursor_moved} (another puller advanced the cursor first) or a source failure ({@code ip_not_trusted},
 * {@code licence_expired}, {@code wrong_secret}, {@code native_sdk_missing}, {@code unreachable}, {@code source_failed})
 * with the SDK's ret or WeCom's errcode in {@code errcode}; {@code stored} new messages, the cursor at {@code seq}.
 */
public record PullResult(String outcome, Integer errcode, int stored, long seq) {
    public static final String OK = "ok";
    public static final String ALREADY_PULLING = "already_pulling";
    public static final String NOT_CONFIGURED = "not_configured";
    public static final String CURSOR_MOVED = "cursor_moved";
}
