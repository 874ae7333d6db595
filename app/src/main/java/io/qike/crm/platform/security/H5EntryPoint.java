package io.qike.crm.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The H5 pages are opened from 企业微信 (工作台, message cards): without a session the member signs in through WeCom's
 * OAuth ({@code /wecom/login}), never through the password form. {@code corp} in the address (the workbench URL
 * {@code /h5?corp=…}) names the enterprise's corp; the page asked for is where the member lands afterwards.
 */
class H5EntryPoint implements AuthenticationEntryPoint {
    static final String WECOM_LOGIN = "/wecom/login";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String corp = request.getParameter("corp");
        String query = UriComponentsBuilder.newInstance().query(request.getQueryString()).replaceQueryParam("corp").build().getQuery();
        String next = request.getRequestURI().substring(request.getContextPath().length()) + (query == null || query.isEmpty() ? "" : "?" + query);
        String target = request.getContextPath() + WECOM_LOGIN + "?next=" + enc(next) + (corp == null || corp.isBlank() ? "" : "&corp=" + enc(corp));
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(target);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
