package io.qike.crm.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits failed password attempts per client address: after {@code perMinute} failures within a
 * minute, further attempts from that address get 429 until the minute has passed. Complements the
 * per-account lock-out, which guards one account against many addresses.
 */
class LoginThrottle extends OncePerRequestFilter {
    private final int perMinute;
    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();

    LoginThrottle(int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.equals("/api/v1/auth/token"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        AtomicInteger count = failures.getIfPresent(address);
        if (count != null && count.get() >= perMinute) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"code\":\"too_many_attempts\"}");
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader("Location");
        if (response.getStatus() == 401 || (location != null && location.contains("/login?error"))) {
            failures.get(address, k -> new AtomicInteger()).incrementAndGet();
        }
    }
}
