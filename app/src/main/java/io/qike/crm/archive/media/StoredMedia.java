package io.qike.crm.archive.media;

import java.time.Instant;

/**
 * Where an archived message's media stands: {@code pending} (not fetched yet, or waiting for a retry), {@code fetched}
 * (then {@code fileHash} names it in the file store and {@code size} is its length) or {@code failed} for good with
 * {@code lastError}.
 */
public record StoredMedia(String msgid, String msgtype, String status, int attempts, String lastError, String fileHash,
                          Long size, Instant fetchedAt) {
    public static final String PENDING = "pending";
    public static final String FETCHED = "fetched";
    public static final String FAILED = "failed";

    public boolean fetched() {
        return FETCHED.equals(status);
    }
}
