package io.qike.crm.integration;

import java.util.List;

/** The trigger's declared inputs (自定义事件触发) and the nodes of an action flow. */
public record FlowDefinition(List<InterfaceParam> inputs, List<FlowNode> nodes) {
    public FlowDefinition {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    public List<OutputField> outputs() {
        return nodes.stream().filter(n -> n instanceof FlowNode.Output).map(n -> (FlowNode.Output) n)
                .flatMap(o -> o.fields().stream()).filter(distinctNames()).toList();
    }

    private static java.util.function.Predicate<OutputField> distinctNames() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return f -> seen.add(f.name());
    }
}
