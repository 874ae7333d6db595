package io.qike.sandbox.wecom.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** Turns a refused call into the real service's answer: HTTP 200 with errcode/errmsg (plus any extra fields). */
// Scoped to this simulator and ordered first, so a catch-all advice elsewhere in the sandbox cannot take over.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(name = "wecomWxApiAdvice", basePackageClasses = WxApiAdvice.class)
public class WxApiAdvice {
    private final SimClock clock;

    public WxApiAdvice(SimClock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(WxApiException.class)
    public ResponseEntity<Map<String, Object>> refused(WxApiException e, HttpServletRequest request) {
        Map<String, Object> body = WxErrors.error(e.errcode(), request.getRemoteAddr(), clock.nowSeconds());
        body.putAll(e.extra());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
