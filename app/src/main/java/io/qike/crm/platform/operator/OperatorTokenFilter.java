package io.qike.crm.platform.operator;

import io.qike.crm.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets in the operator of the installation, who is no user of any enterprise: the request must carry
 * {@code Authorization: Bearer <qike.operator.token>}. Anything else gets 401, a tenant user's token
 * included; without a configured token the operator API answers 404, as if it did not exist.
 */
class OperatorTokenFilter extends OncePerRequestFilter {
    static final String AUTHORITY = "operator";
    private final byte[] token;
    private final ProblemWriter problems;

    OperatorTokenFilter(String token, ProblemWriter problems) {
        this.token = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (token == null) {
            problems.write(request, response, 404, "not_found");
            return;
        }
        String header = request.getHeader("Authorization");
        byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        // Constant time: how much of a guess matched must not show in the answer's timing.
        if (!MessageDigest.isEqual(token, given)) {
            problems.write(request, response, 401, "unauthenticated");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                AUTHORITY, null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
