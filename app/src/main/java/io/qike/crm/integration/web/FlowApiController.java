package io.qike.crm.integration.web;

import io.qike.crm.integration.ActionFlow;
import io.qike.crm.integration.ActionFlowDraft;
import io.qike.crm.integration.ActionFlowService;
import io.qike.crm.integration.FlowVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/integration/action-flows")
@Tag(name = "Integration: action flows", description = "动作流 (admin:integration); every save is a new version")
class FlowApiController {
    private final ActionFlowService flows;

    FlowApiController(ActionFlowService flows) {
        this.flows = flows;
    }

    @GetMapping
    @Operation(summary = "List the action flows")
    List<ActionFlow> list() {
        return flows.list();
    }

    @PostMapping
    @Operation(summary = "Create an action flow (version 1; enabled unless enabled=false)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ActionFlow> create(@RequestBody ActionFlowDraft draft) {
        ActionFlow f = flows.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/integration/action-flows/" + f.id())).body(f);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An action flow's current version")
    ActionFlow get(@PathVariable long id) {
        return flows.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save a new version of the flow")
    ActionFlow update(@PathVariable long id, @RequestBody ActionFlowDraft draft) {
        return flows.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an action flow")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        flows.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The saved versions of an action flow")
    List<FlowVersion> versions(@PathVariable long id) {
        return flows.versions(id);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable an action flow so that it can be invoked")
    ActionFlow enable(@PathVariable long id) {
        return flows.setEnabled(id, true);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an action flow; invoking it answers 409 flow_disabled")
    ActionFlow disable(@PathVariable long id) {
        return flows.setEnabled(id, false);
    }
}
