package io.qike.sandbox.wecom.core;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import java.nio.charset.StandardCharsets;

/** Counts every simulator call and applies injected latency, HTTP errors and forced errcodes. */
@Component("wecomTrafficInterceptor")
public class TrafficInterceptor implements HandlerInterceptor {
    public static final String PREFIX = "/sandbox/wecom";
    private final ApiTraffic traffic;
    private final SimClock clock;

    public TrafficInterceptor(ApiTraffic traffic, SimClock clock) {
        this.traffic = traffic;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String endpoint = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : uri;
        traffic.count(endpoint);
        ApiTraffic.Fault f = traffic.take(endpoint);
        if (f == null) {
            return true;
        }
        if (f.latencyMs() > 0) {
            Thread.sleep(f.latencyMs());
        }
        if (f.httpStatus() > 0) {
            response.setStatus(f.httpStatus());
            response.setContentType("text/html;charset=utf-8");
            response.getWriter().write("<html><body><h1>" + f.httpStatus() + "</h1></body></html>");
            return false;
        }
        if (f.errcode() != null) {
            response.setStatus(200);
            response.setContentType("application/json;charset=utf-8");
            String body = Json.write(WxErrors.error(f.errcode(), request.getRemoteAddr(), clock.nowSeconds()));
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }
}
