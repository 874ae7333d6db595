package io.qike.crm.integration.web;

import io.qike.crm.integration.Connection;
import io.qike.crm.integration.ConnectionDraft;
import io.qike.crm.integration.ConnectionService;
import io.qike.crm.platform.web.JsonPatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/integration/connections")
@Tag(name = "Integration: connections", description = "连接 (admin:integration); credentials are write-only")
class ConnectionApiController {
    private final ConnectionService connections;
    private final JsonPatches patches;

    ConnectionApiController(ConnectionService connections, JsonPatches patches) {
        this.connections = connections;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "A connector's connections (credential hints only)")
    List<Connection> list(@RequestParam long connectorId) {
        return connections.ofConnector(connectorId);
    }

    @PostMapping
    @Operation(summary = "Create a connection; key and secret are stored encrypted and never returned")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Connection> create(@RequestBody ConnectionDraft draft) {
        Connection c = connections.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/integration/connections/" + c.id())).body(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A connection (credential hints only)")
    Connection get(@PathVariable long id) {
        return connections.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a connection (JSON merge patch); leave key/secret out to keep them")
    Connection patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
        Connection c = connections.get(id);
        ConnectionDraft current = new ConnectionDraft(c.connectorId(), c.name(), c.baseUrl(), c.authScheme(), c.authParam(),
                null, null, c.limits(), c.enabled());
        return connections.update(id, patches.apply(current, changes, ConnectionDraft.class));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a connection; 409 in_use names the action flows that still call it")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        connections.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/circuit")
    @Operation(summary = "The circuit breaker's state: CLOSED, OPEN or HALF_OPEN")
    Map<String, String> circuit(@PathVariable long id) {
        return Map.of("state", connections.circuitState(id));
    }
}
