package io.qike.crm.wecom.login;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code state} of a WeCom OAuth round trip: random, kept in the browser's session (so a link made in another
 * browser is worth nothing there), taken once, and good for ten minutes. A member who opens several entries at
 * once keeps the few newest.
 */
final class OAuthStates {
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int KEPT = 5;
    private static final String ATTRIBUTE = "qike.wecom.oauthStates";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the sign-in was started for. */
    record Pending(long tenantId, String corpId, String next, Instant expires) implements Serializable {
    }

    private OAuthStates() {
    }

    static String create(HttpSession session, long tenantId, String corpId, String next, Instant now) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        synchronized (session) {
            LinkedHashMap<String, Pending> states = states(session);
            states.values().removeIf(p -> !p.expires().isAfter(now));
            while (states.size() >= KEPT) states.remove(states.keySet().iterator().next());
            states.put(state, new Pending(tenantId, corpId, next, now.plus(LIFETIME)));
            session.setAttribute(ATTRIBUTE, states);
        }
        return state;
    }

    /** The pending sign-in of this state, removed so that it is used once; empty when unknown, used or expired. */
    static Optional<Pending> take(HttpSession session, String state, Instant now) {
        if (session == null || state == null) return Optional.empty();
        synchronized (session) {
            LinkedHashMap<String, Pending> states = states(session);
            Pending p = states.remove(state);
            session.setAttribute(ATTRIBUTE, states);
            return Optional.ofNullable(p).filter(x -> x.expires().isAfter(now));
        }
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Pending> states(HttpSession session) {
        Object o = session.getAttribute(ATTRIBUTE);
        return o instanceof LinkedHashMap<?, ?> m ? new LinkedHashMap<>((Map<String, Pending>) m) : new LinkedHashMap<>();
    }
}
