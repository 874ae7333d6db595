package io.qike.crm.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** "上次登录以来有 N 次失败的登录尝试": kept in the session at sign-in, shown once on the next full page. */
public final class SignInNotice {
    private static final String ATTRIBUTE = "qike.failedAttemptsBeforeSignIn";

    private SignInNotice() {
    }

    static void remember(HttpServletRequest request, int failedAttempts) {
        request.getSession().setAttribute(ATTRIBUTE, failedAttempts);
    }

    /** The failed attempts to tell of, once: the notice is gone afterwards. */
    public static Optional<Integer> take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(ATTRIBUTE) == null) return Optional.empty();
        Object count = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return Optional.of((Integer) count);
    }
}
