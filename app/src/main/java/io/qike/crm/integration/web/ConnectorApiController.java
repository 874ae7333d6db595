package io.qike.crm.integration.web;

import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.ApiInterfaceService;
import io.qike.crm.integration.Connection;
import io.qike.crm.integration.ConnectionService;
import io.qike.crm.integration.Connector;
import io.qike.crm.integration.ConnectorDraft;
import io.qike.crm.integration.ConnectorService;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/integration/connectors")
@Tag(name = "Integration: connectors", description = "连接器 (admin:integration)")
class ConnectorApiController {
    /** A connector with its connections (credential hints only) and interfaces. */
    record Export(Connector connector, List<Connection> connections, List<ApiInterface> interfaces) {
    }

    private final ConnectorService connectors;
    private final ConnectionService connections;
    private final ApiInterfaceService interfaces;
    private final JsonPatches patches;

    ConnectorApiController(ConnectorService connectors, ConnectionService connections, ApiInterfaceService interfaces,
                           JsonPatches patches) {
        this.connectors = connectors;
        this.connections = connections;
        this.interfaces = interfaces;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "List the connectors")
    List<Connector> list() {
        return connectors.list();
    }

    @PostMapping
    @Operation(summary = "Create a connector (a named external system)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Connector> create(@RequestBody ConnectorDraft draft) {
        Connector c = connectors.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/integration/connectors/" + c.id())).body(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A connector")
    Connector get(@PathVariable long id) {
        return connectors.get(id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename or describe a connector (JSON merge patch)")
    Connector patch(@PathVariable long id, @RequestBody Map<String, Object> changes) {
        Connector c = connectors.get(id);
        return connectors.update(id, patches.apply(new ConnectorDraft(c.name(), c.description()), changes, ConnectorDraft.class));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a connector with its connections and interfaces")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        connectors.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "The connector's configuration as JSON; credentials are never exported, only their hints")
    Export export(@PathVariable long id) {
        return new Export(connectors.get(id), connections.ofConnector(id), interfaces.ofConnector(id));
    }
}
