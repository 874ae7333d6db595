package io.qike.crm.registry.settings;

import io.qike.crm.integration.ActionFlows;
import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.FlowDescription;
import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.registry.preset.ProviderPresets;
import java.util.List;
import java.util.Optional;

/**
 * Whether a flow suits a registry slot, preset or hand-built: it takes {@code keyword}, a search flow
 * returns a list of hits, a detail flow returns fields to map. Checked when the admin binds it, so a
 * wrong flow is refused on the settings page instead of failing when a rep creates a customer.
 */
final class BindingChecks {
    private BindingChecks() {
    }

    static Optional<FlowDescription> search(ActionFlows flows, String at, String apiName, List<FieldProblem> problems) {
        Optional<FlowDescription> flow = common(flows, at, apiName, problems);
        if (flow.isPresent() && flow.get().outputs().stream().noneMatch(o -> o.type() == ResultFieldType.LIST)) {
            problems.add(FieldProblem.of(at, "no_list_output", apiName));
        }
        return flow;
    }

    static Optional<FlowDescription> detail(ActionFlows flows, String at, String apiName, List<FieldProblem> problems) {
        Optional<FlowDescription> flow = common(flows, at, apiName, problems);
        if (flow.isPresent() && flow.get().outputs().isEmpty()) problems.add(FieldProblem.of(at, "no_outputs", apiName));
        return flow;
    }

    private static Optional<FlowDescription> common(ActionFlows flows, String at, String apiName, List<FieldProblem> problems) {
        if (apiName == null || apiName.isBlank()) {
            problems.add(FieldProblem.of(at, "required"));
            return Optional.empty();
        }
        Optional<FlowDescription> flow = flows.describe(apiName.trim());
        if (flow.isEmpty()) {
            problems.add(FieldProblem.of(at, "flow_not_found", apiName));
            return flow;
        }
        List<InterfaceParam> inputs = flow.get().inputs();
        if (inputs.stream().noneMatch(i -> i.name().equals(ProviderPresets.KEYWORD))) {
            problems.add(FieldProblem.of(at, "no_keyword_input", apiName));
        } else if (inputs.stream().anyMatch(i -> i.required() && !i.name().equals(ProviderPresets.KEYWORD))) {
            problems.add(FieldProblem.of(at, "other_required_inputs", apiName));
        }
        if (!flow.get().enabled()) problems.add(FieldProblem.of(at, "flow_disabled", apiName));
        return flow;
    }
}
