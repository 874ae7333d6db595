package io.qike.crm.platform.security;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.WebSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * The login form's session handling for other ways in: the same session-fixation protection (the session keeps its
 * attributes under a new id) and CSRF token renewal as the web chain's form login, the same session storage, the
 * same audit and failed-attempt notice. {@link SessionAccountFilter} then follows the account as for any session.
 */
@Component
class SessionSignIn implements WebSignIn {
    private final UserAccounts accounts;
    private final LoginAudit audit;
    private final SessionAuthenticationStrategy sessions = new CompositeSessionAuthenticationStrategy(List.of(
            new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionSignIn(UserAccounts accounts, LoginAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Outcome signIn(long userId, String via, HttpServletRequest request, HttpServletResponse response) {
        Optional<QikeUser> account = accounts.findById(userId).map(QikeUser::withoutPassword);
        if (account.isEmpty()) return Outcome.UNKNOWN;
        QikeUser user = account.get();
        if (!user.isEnabled()) return Outcome.DISABLED;
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        request.getSession();
        sessions.onAuthentication(auth, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        int failedAttempts = accounts.recordSuccess(user.userId());
        audit.signedIn(user, request.getRemoteAddr(), failedAttempts, via);
        if (failedAttempts > 0) SignInNotice.remember(request, failedAttempts);
        return Outcome.SIGNED_IN;
    }
}
