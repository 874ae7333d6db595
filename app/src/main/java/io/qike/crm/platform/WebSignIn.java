package io.qike.crm.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a user in to a web session exactly as the login form does (a new session id, a new CSRF token, the
 * enterprise log entry, the "failed attempts since your last sign-in" notice), for a sign-in that proved who the
 * user is another way: 企业微信's OAuth on the H5 pages. The account must be active in an active enterprise.
 */
public interface WebSignIn {
    enum Outcome {
        SIGNED_IN,
        /** The account or its enterprise is disabled: refused as the login form refuses it. */
        DISABLED,
        /** No such account. */
        UNKNOWN
    }

    /** {@code via} names the way in for the enterprise log (e.g. {@code wecom}). */
    Outcome signIn(long userId, String via, HttpServletRequest request, HttpServletResponse response);
}
