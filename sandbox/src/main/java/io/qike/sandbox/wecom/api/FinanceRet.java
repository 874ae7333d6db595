package io.qike.sandbox.wecom.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** A Finance SDK call that fails before reaching the server: answered as {"ret": N, "message": …}. */
class FinanceRet extends RuntimeException {
    final int ret;

    FinanceRet(int ret, String message) {
        super(message);
        this.ret = ret;
    }

    // Scoped to this simulator and ordered first, so a catch-all advice elsewhere in the sandbox cannot take over.
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @RestControllerAdvice(name = "wecomFinanceRetHandler", assignableTypes = FinanceController.class)
    static class Handler {
        @ExceptionHandler(FinanceRet.class)
        ResponseEntity<Map<String, Object>> handle(FinanceRet e) {
            return ResponseEntity.ok(FinanceController.ret(e.ret, e.getMessage()));
        }
    }
}
