package io.qike.crm.integration.call;

/** An attempt that failed in a way worth retrying (network, 5xx, rate-limit codes); carries its result. */
final class RetryableFailure extends RuntimeException {
    final CallAttempt attempt;

    RetryableFailure(CallAttempt attempt) {
        super(attempt.verdict().code(), null, false, false); // no stack trace: this is control flow
        this.attempt = attempt;
    }
}
