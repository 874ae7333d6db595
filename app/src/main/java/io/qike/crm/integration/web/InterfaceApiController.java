package io.qike.crm.integration.web;

import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.ApiInterfaceService;
import io.qike.crm.integration.CallResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/integration/interfaces")
@Tag(name = "Integration: interfaces", description = "接口 (admin:integration)")
class InterfaceApiController {
    /** A test call: which connection, and the parameter values. */
    record TestCall(long connectionId, Map<String, Object> params) {
    }

    private final ApiInterfaceService interfaces;

    InterfaceApiController(ApiInterfaceService interfaces) {
        this.interfaces = interfaces;
    }

    @GetMapping
    @Operation(summary = "List the interfaces, or a connector's interfaces")
    List<ApiInterface> list(@RequestParam(required = false) Long connectorId) {
        return connectorId == null ? interfaces.all() : interfaces.ofConnector(connectorId);
    }

    @PostMapping
    @Operation(summary = "Define an interface of a connector: method, path, parameters, answer fields and rules")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ApiInterface> create(@RequestBody ApiInterfaceDraft draft) {
        ApiInterface api = interfaces.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/integration/interfaces/" + api.id())).body(api);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An interface with its definition")
    ApiInterface get(@PathVariable long id) {
        return interfaces.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the interface's definition (the connector cannot change)")
    ApiInterface update(@PathVariable long id, @RequestBody ApiInterfaceDraft draft) {
        return interfaces.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an interface")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        interfaces.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/test-call")
    @Operation(summary = "Call the interface for real: resolved request (credentials redacted), raw answer, fields, rule outcome")
    CallResult testCall(@PathVariable long id, @RequestBody TestCall call) {
        return interfaces.testCall(id, call.connectionId(), call.params() == null ? Map.of() : call.params());
    }
}
