package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.Resettable;
import io.qike.sandbox.wecom.core.SimClock;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corp jsapi_ticket (wx.config) and the agent ticket (wx.agentConfig), 7200 s each; the same
 * ticket comes back while it is valid. Also checks JS-SDK signatures for the admin API, so a test can
 * confirm the product signs sha1("jsapi_ticket=…&noncestr=…&timestamp=…&url=…") with the right ticket.
 */
@Component("wecomJsapiTickets")
public class JsapiTickets implements Resettable {
    public enum Kind { CORP, AGENT }

    record Ticket(String value, long expiresAtMillis) {
    }

    private final SimClock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Kind, Ticket> current = new ConcurrentHashMap<>();

    public JsapiTickets(SimClock clock) {
        this.clock = clock;
    }

    synchronized Ticket issue(Kind kind) {
        Ticket t = current.get(kind);
        if (t == null || t.expiresAtMillis() <= clock.nowMillis()) {
            byte[] raw = new byte[64];
            random.nextBytes(raw);
            t = new Ticket(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), clock.nowMillis() + 7_200_000);
            current.put(kind, t);
        }
        return t;
    }

    long secondsLeft(Ticket t) {
        // Rounded up, like the access token's: a fresh ticket has its whole lifetime left.
        return Math.max(0, (t.expiresAtMillis() - clock.nowMillis() + 999) / 1000);
    }

    /** Whether the signature matches the currently valid ticket of that kind. */
    public boolean verify(Kind kind, String noncestr, long timestamp, String url, String signature) {
        Ticket t = current.get(kind);
        if (t == null || t.expiresAtMillis() <= clock.nowMillis()) {
            return false;
        }
        String plain = "jsapi_ticket=" + t.value() + "&noncestr=" + noncestr + "&timestamp=" + timestamp + "&url=" + url;
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(plain.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha).equalsIgnoreCase(signature);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void reset() {
        current.clear();
    }
}
