package io.qike.sandbox.wecom.core;

import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * access_tokens, one per secret, 7200 s on the simulated clock. As documented by Tencent, asking again
 * while a token is valid returns the same token; expires_in then says how long it has left.
 * An expired token answers 42001, an unknown or revoked one 40014.
 */
@Component("wecomTokenService")
public class TokenService implements Resettable {
    public static final long LIFETIME_SECONDS = 7200;

    public record Token(String value, AppKind app, long expiresAtMillis) {
    }

    private final SimClock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> byValue = new ConcurrentHashMap<>();
    private final Map<AppKind, Token> current = new EnumMap<>(AppKind.class);

    public TokenService(SimClock clock) {
        this.clock = clock;
    }

    public synchronized Token issue(AppKind app) {
        Token t = current.get(app);
        if (t != null && t.expiresAtMillis() > clock.nowMillis() && byValue.containsKey(t.value())) {
            return t;
        }
        byte[] raw = new byte[96];
        random.nextBytes(raw);
        t = new Token(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), app,
                clock.nowMillis() + LIFETIME_SECONDS * 1000);
        byValue.put(t.value(), t);
        current.put(app, t);
        return t;
    }

    public long secondsLeft(Token t) {
        // Rounded up: a token issued this instant has its whole 7200 s left, as WeCom answers.
        return Math.max(0, (t.expiresAtMillis() - clock.nowMillis() + 999) / 1000);
    }

    /** Resolves a token or throws the errcode the real service answers. */
    public Token resolve(String value) {
        if (value == null || value.isEmpty()) {
            throw new WxApiException(41001);
        }
        Token t = byValue.get(value);
        if (t == null) {
            throw new WxApiException(40014);
        }
        if (t.expiresAtMillis() <= clock.nowMillis()) {
            throw new WxApiException(42001);
        }
        return t;
    }

    /** Tencent may invalidate tokens early; afterwards they answer 40014. Null revokes every app's tokens. */
    public synchronized void revoke(AppKind app) {
        byValue.values().removeIf(t -> app == null || t.app() == app);
        if (app == null) {
            current.clear();
        } else {
            current.remove(app);
        }
    }

    @Override
    public void reset() {
        revoke(null);
    }
}
