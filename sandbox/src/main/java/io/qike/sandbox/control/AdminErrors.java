package io.qike.sandbox.control;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns invalid admin requests into 400 with the reason; scoped to the admin controllers only. */
@RestControllerAdvice(name = "registryAdminErrors", assignableTypes = {AdminController.class, AdminSettingsController.class})
class AdminErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(e.getMessage())));
    }
}
