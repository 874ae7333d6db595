package io.qike.crm.platform.security;

import io.qike.crm.platform.CurrentUser;
import io.qike.crm.platform.org.DisabledTenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the web session of a user whose enterprise has been disabled, on their next request: the
 * session is invalidated and the browser sent to the login page, which then refuses the login.
 */
class DisabledTenantFilter extends OncePerRequestFilter {
    private final DisabledTenants disabled;

    DisabledTenantFilter(DisabledTenants disabled) {
        this.disabled = disabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CurrentUser.find().filter(u -> disabled.contains(u.tenantId())).isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
        SecurityContextHolder.clearContext();
        String login = request.getContextPath() + "/login?error=disabled";
        if (request.getHeader("HX-Request") != null) {
            // htmx follows a plain redirect inside the page; this asks it to load the login page instead.
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(login);
        }
    }
}
