package io.qike.crm.platform.security;

import io.qike.crm.platform.jobs.RecurringTask;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without ever locking anyone out (OWASP ASVS 2.2, NIST SP 800-63B 5.2.2).
 * Failures are counted per login name, whether or not it exists, and per client address, for the web
 * and the API alike and on every node (the counts are in the database). After a few failures each further
 * attempt must wait a delay that doubles per failure, up to a cap; an attempt made while waiting is refused
 * without looking at the password and does not count. A count starts again when its window has passed
 * since the last failure, and a login name's count when it signs in. API tokens are never affected.
 */
@Component
class LoginThrottle implements RecurringTask {
    private final LoginAttemptRepository attempts;
    private final int freePerLogin;
    private final int freePerAddress;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration window;

    LoginThrottle(LoginAttemptRepository attempts,
                  @Value("${qike.security.login.free-failures-per-login:5}") int freePerLogin,
                  @Value("${qike.security.login.free-failures-per-address:20}") int freePerAddress,
                  @Value("${qike.security.login.first-delay:1s}") Duration firstDelay,
                  @Value("${qike.security.login.max-delay:15m}") Duration maxDelay,
                  @Value("${qike.security.login.window:15m}") Duration window) {
        this.attempts = attempts;
        this.freePerLogin = freePerLogin;
        this.freePerAddress = freePerAddress;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.window = window;
    }

    /** How long this attempt must still wait, if it must. */
    Optional<Duration> waitFor(String login, String address) {
        return attempts.waitUntil(List.of(loginKey(login), addressKey(address)))
                .map(until -> Duration.between(OffsetDateTime.now(), until))
                .map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    /** Counts a failure; answers how long the login name must now wait, if it must. */
    Optional<Duration> failed(String login, String address) {
        OffsetDateTime next = attempts.fail(loginKey(login), freePerLogin, firstDelay, maxDelay, window);
        attempts.fail(addressKey(address), freePerAddress, firstDelay, maxDelay, window);
        Duration wait = Duration.between(OffsetDateTime.now(), next);
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A sign-in clears its login name's count; the address's count runs out with its window. */
    void succeeded(String login) {
        attempts.forget(loginKey(login));
    }

    private static String loginKey(String login) {
        return "login:" + (login == null ? "" : login.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    @Override
    public String name() {
        return "security.login-attempts.prune";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run() {
        attempts.forgetOlderThan(window);
    }
}
