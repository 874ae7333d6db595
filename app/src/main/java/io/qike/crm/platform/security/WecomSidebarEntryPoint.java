package io.qike.crm.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The chat sidebar without a session (the seed's "无效请求 … 先登录 CRM 再返回"): the page is sent to the WeCom login,
 * which signs the member in and returns to the sidebar; a fragment the page asked for (htmx) sends the whole page there.
 * Every other page goes to the normal login page.
 */
class WecomSidebarEntryPoint implements AuthenticationEntryPoint {
    static final String LOGIN = "/wecom/login?next=/wecom/sidebar";
    private static final RequestMatcher SIDEBAR = PathPatternRequestMatcher.withDefaults().matcher("/wecom/sidebar/**");
    private final AuthenticationEntryPoint others;

    WecomSidebarEntryPoint(AuthenticationEntryPoint others) {
        this.others = others;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (!SIDEBAR.matches(request)) {
            others.commence(request, response, e);
            return;
        }
        String target = request.getContextPath() + LOGIN;
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(target);
    }
}
