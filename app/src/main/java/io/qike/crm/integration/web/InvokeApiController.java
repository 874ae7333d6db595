package io.qike.crm.integration.web;

import io.qike.crm.integration.FlowInvocations;
import io.qike.crm.integration.FlowResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 调用动作流: each flow names the permission its callers need ({@link FlowInvocations}). */
@RestController
@RequestMapping("/api/v1/action-flows")
@Tag(name = "Action flows", description = "调用动作流")
class InvokeApiController {
    /** The trigger's inputs by name. */
    record Invocation(Map<String, Object> inputs) {
    }

    private final FlowInvocations flows;

    InvokeApiController(FlowInvocations flows) {
        this.flows = flows;
    }

    @PostMapping("/{apiName}/invoke")
    @Operation(summary = "Run an enabled action flow",
            description = "200 for every outcome (status SUCCESS / EMPTY / FAILURE with code "
            + "and messages); 400 for missing or ill-typed inputs, 403 without the flow's invoke permission (invokePermission), "
            + "404 for an unknown flow, 409 flow_disabled")
    FlowResult invoke(@PathVariable String apiName, @RequestBody(required = false) Invocation body) {
        return flows.invoke(apiName, body == null || body.inputs() == null ? Map.of() : body.inputs());
    }
}
