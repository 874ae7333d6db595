package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.Resettable;
import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.WxApiException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth2 codes (single use, 5 minutes) and user_tickets (30 minutes), plus the "current user" that
 * stands in for whoever is logged in to the WeCom client when the authorize page is opened.
 */
@Component("wecomOAuthService")
public class OAuthService implements Resettable {
    static final long CODE_SECONDS = 300;
    static final long TICKET_SECONDS = 1800;

    record Grant(String userid, Integer agentId, String scope, String redirectHost, long expiresAtMillis) {
    }

    record Ticket(String userid, long expiresAtMillis) {
    }

    private final SimClock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private volatile String currentUser;

    public OAuthService(SimClock clock) {
        this.clock = clock;
    }

    public String currentUser() { return currentUser; }
    public void currentUser(String userid) { this.currentUser = userid; }

    String issueCode(String userid, Integer agentId, String scope, String redirectHost) {
        String code = token(48);
        codes.put(code, new Grant(userid, agentId, scope, redirectHost, clock.nowMillis() + CODE_SECONDS * 1000));
        return code;
    }

    /** Takes a code out: a second use, an unknown or an expired code is 40029 (invalid code). */
    Grant redeem(String code) {
        if (code == null || code.isEmpty()) {
            throw new WxApiException(41008);
        }
        Grant g = codes.remove(code);
        if (g == null || g.expiresAtMillis() <= clock.nowMillis()) {
            throw new WxApiException(40029);
        }
        return g;
    }

    String issueTicket(String userid) {
        String t = token(64);
        tickets.put(t, new Ticket(userid, clock.nowMillis() + TICKET_SECONDS * 1000));
        return t;
    }

    String ticketUser(String ticket) {
        Ticket t = ticket == null ? null : tickets.get(ticket);
        if (t == null) {
            throw new WxApiException(84015);
        }
        if (t.expiresAtMillis() <= clock.nowMillis()) {
            throw new WxApiException(84014);
        }
        return t.userid();
    }

    private String token(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    @Override
    public void reset() {
        codes.clear();
        tickets.clear();
        currentUser = null;
    }
}
