package io.qike.crm.platform.security;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.org.DisabledTenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a web session follow its account on every request. A session whose enterprise or account has been
 * disabled, or whose password an admin has reset, ends: the session is invalidated and the browser sent to
 * the login page. A session whose roles or permissions changed goes on with the account's current ones.
 */
class SessionAccountFilter extends OncePerRequestFilter {
    private final DisabledTenants disabledTenants;
    private final AccountStamps stamps;
    private final UserAccounts accounts;

    SessionAccountFilter(DisabledTenants disabledTenants, AccountStamps stamps, UserAccounts accounts) {
        this.disabledTenants = disabledTenants;
        this.stamps = stamps;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<QikeUser> user = CurrentUser.find();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (disabledTenants.contains(user.get().tenantId())) {
            end(request, response, "/login?error=disabled");
            return;
        }
        AccountStamps.Verdict verdict = stamps.check(user.get());
        if (verdict == AccountStamps.Verdict.OUTDATED) {
            Optional<QikeUser> current = accounts.findById(user.get().userId()).filter(QikeUser::isEnabled)
                    .filter(u -> u.credentialsVersion() == user.get().credentialsVersion()).map(QikeUser::withoutPassword);
            if (current.isEmpty()) verdict = AccountStamps.Verdict.ENDED;
            else replace(request, current.get());
        }
        if (verdict == AccountStamps.Verdict.ENDED) {
            end(request, response, "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The session goes on as the account is now. */
    private static void replace(HttpServletRequest request, QikeUser current) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        HttpSession session = request.getSession(false);
        if (session != null) session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
        SecurityContextHolder.clearContext();
        String login = request.getContextPath() + target;
        if (request.getHeader("HX-Request") != null) {
            // htmx follows a plain redirect inside the page; this asks it to load the login page instead.
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(login);
        }
    }
}
