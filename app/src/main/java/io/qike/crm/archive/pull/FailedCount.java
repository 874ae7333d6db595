package io.qike.crm.archive.pull;

/** How many items of a key version are stored failed, for one reason. */
public record FailedCount(String reason, int keyVersion, long count) {
}
