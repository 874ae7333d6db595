package io.qike.crm.archive.pull;

/** How many items of a key version are stored failed, for one reason; {@code message} says it in the user's language. */
public record FailedCount(String reason, int keyVersion, long count, String message) {
    FailedCount withMessage(String text) {
        return new FailedCount(reason, keyVersion, count, text);
    }
}
