package io.qike.sandbox.qixin;

import java.util.Map;
import java.util.Optional;

import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.CredentialStore;
import io.qike.sandbox.control.Digests;
import io.qike.sandbox.control.Params;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.control.RegistrySandboxProperties;
import io.qike.sandbox.control.SimulatorRuntime.Auth;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * 启信宝 authentication. Current scheme (used whenever an {@code appkey} or {@code Auth-Version}
 * header is present): headers Auth-Version "2.0", appkey, timestamp (ms) and sign = lower-case hex
 * MD5(appkey + timestamp + secret_key); a missing or malformed header is 208, an unknown appkey,
 * a wrong sign or a timestamp outside the tolerance is 101. Legacy scheme: query parameter
 * {@code appkey} (101 when missing or unknown) and, if sent, {@code secret_key}, which must match.
 */
@Component("registryQixinAuth")
public class QixinAuth {

    private final CredentialStore credentials;
    private final RegistrySandboxProperties.Qixin settings;

    public QixinAuth(CredentialStore credentials, RegistrySandboxProperties properties) {
        this.credentials = credentials;
        this.settings = properties.getQixin();
    }

    /** The appkey a call identifies itself with, header first. */
    static String appkey(HttpHeaders headers, Map<String, String> query) {
        String header = headers.getFirst("appkey");
        return header != null ? header : query.get("appkey");
    }

    public Auth check(HttpHeaders headers, Map<String, String> query) {
        if (headers.getFirst("appkey") != null || headers.getFirst("Auth-Version") != null) {
            return checkV2(headers);
        }
        Optional<Credential> credential = credentials.find(Provider.QIXIN, query.get("appkey"));
        if (credential.isEmpty()) {
            return Auth.fail("101");
        }
        String secret = query.get("secret_key");
        if (secret != null && !secret.equals(credential.get().secret())) {
            return Auth.fail("101");
        }
        return Auth.ok(credential.get());
    }

    private Auth checkV2(HttpHeaders headers) {
        String appkey = headers.getFirst("appkey");
        String timestamp = headers.getFirst("timestamp");
        String sign = headers.getFirst("sign");
        if (!"2.0".equals(headers.getFirst("Auth-Version")) || Params.missing(appkey) || Params.missing(sign)
                || Params.missing(timestamp) || timestamp.length() > 15 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Auth.fail("208");
        }
        Optional<Credential> credential = credentials.find(Provider.QIXIN, appkey);
        if (credential.isEmpty()) {
            return Auth.fail("101");
        }
        if (Math.abs(System.currentTimeMillis() - Long.parseLong(timestamp)) > settings.getTimestampToleranceMillis()) {
            return Auth.fail("101"); // also catches clients sending seconds
        }
        if (!sign.equals(sign(appkey, timestamp, credential.get().secret()))) {
            return Auth.fail("101");
        }
        return Auth.ok(credential.get());
    }

    /** The sign a correct client sends. */
    public static String sign(String appkey, String timestamp, String secret) {
        return Digests.md5Hex(appkey + timestamp + secret);
    }
}
