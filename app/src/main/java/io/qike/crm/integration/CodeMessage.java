package io.qike.crm.integration;

/**
 * What a provider code means to users: a clear message (text, or a message key from the bundles)
 * and whether the call may be retried (rate limits, "system busy"). Invalid keys and arrears are
 * never retryable.
 */
public record CodeMessage(String code, String message, Boolean retryable) {
    public CodeMessage {
        retryable = retryable != null && retryable;
    }
}
