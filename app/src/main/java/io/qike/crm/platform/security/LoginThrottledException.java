package io.qike.crm.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** An attempt made while its login name or address must wait; the password was not looked at. */
public class LoginThrottledException extends AuthenticationException {
    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("too many failed attempts");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
