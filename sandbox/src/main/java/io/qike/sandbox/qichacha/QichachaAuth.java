package io.qike.sandbox.qichacha;

import java.util.Locale;
import java.util.Optional;

import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.CredentialStore;
import io.qike.sandbox.control.Digests;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.control.RegistrySandboxProperties;
import io.qike.sandbox.control.SimulatorRuntime.Auth;

import org.springframework.stereotype.Component;

/**
 * 企查查 authentication: {@code key} query parameter plus headers {@code Token} = upper-case hex
 * MD5(key + Timespan + SecretKey) and {@code Timespan} = Unix seconds. Checked in this order:
 * unknown key → 101; no Token → 107; Timespan missing, not a number of seconds or outside the
 * tolerance → 115; Token not the expected upper-case digest → 107.
 */
@Component("registryQichachaAuth")
public class QichachaAuth {

    private final CredentialStore credentials;
    private final RegistrySandboxProperties.Qichacha settings;

    public QichachaAuth(CredentialStore credentials, RegistrySandboxProperties properties) {
        this.credentials = credentials;
        this.settings = properties.getQichacha();
    }

    public Auth check(String key, String token, String timespan) {
        Optional<Credential> credential = credentials.find(Provider.QICHACHA, key);
        if (credential.isEmpty()) {
            return Auth.fail("101");
        }
        if (token == null || token.isEmpty()) {
            return Auth.fail("107");
        }
        if (timespan == null || timespan.isEmpty() || timespan.length() > 12
                || !timespan.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Auth.fail("115");
        }
        long skew = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timespan));
        if (skew > settings.getTimespanToleranceSeconds()) {
            return Auth.fail("115"); // also catches clients sending milliseconds
        }
        // the documents ask for the upper-case digest; a lower-case one is a client bug, not a match
        if (!token.equals(token(key, timespan, credential.get().secret()))) {
            return Auth.fail("107");
        }
        return Auth.ok(credential.get());
    }

    /** The Token a correct client sends. */
    public static String token(String key, String timespan, String secret) {
        return Digests.md5Hex(key + timespan + secret).toUpperCase(Locale.ROOT);
    }
}
