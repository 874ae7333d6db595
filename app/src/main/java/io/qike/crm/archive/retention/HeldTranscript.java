package io.qike.crm.archive.retention;

import java.util.UUID;

/**
 * A transcript made for a record not yet published: {@code id} is the upload id to fetch its HTML file by (its maker
 * only), {@code text} what goes into the record's body.
 */
public record HeldTranscript(UUID uploadId, String externalUserid, String fileName, long sizeBytes, int messages, String text) {
}
