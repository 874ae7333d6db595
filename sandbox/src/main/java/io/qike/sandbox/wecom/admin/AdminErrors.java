package io.qike.sandbox.wecom.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** Admin mistakes are plain HTTP errors (not WeCom errcodes): 400 for bad input, 409 for a wrong state. */
// Scoped to this simulator and ordered first, so a catch-all advice elsewhere in the sandbox cannot take over.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(name = "wecomAdminErrors", basePackageClasses = AdminErrors.class)
public class AdminErrors {
    @ExceptionHandler({IllegalArgumentException.class, ClassCastException.class, NullPointerException.class})
    ResponseEntity<Map<String, Object>> badInput(RuntimeException e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> conflict(IllegalStateException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", String.valueOf(e.getMessage())));
    }
}
