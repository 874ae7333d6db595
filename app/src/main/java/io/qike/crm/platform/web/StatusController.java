package io.qike.crm.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An unauthenticated liveness probe that reads one row through the application's pool. */
@RestController
@Tag(name = "Status")
class StatusController {
    private final StatusRepository status;

    StatusController(StatusRepository status) {
        this.status = status;
    }

    @GetMapping("/api/v1/status")
    @Operation(summary = "Service status; reads the database clock")
    Map<String, Object> status() {
        return Map.of("status", "ok", "databaseTime", status.databaseTime());
    }
}
