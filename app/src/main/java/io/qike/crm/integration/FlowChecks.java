package io.qike.crm.integration;

import io.qike.crm.integration.flow.Expressions;
import io.qike.crm.integration.store.ConnectionRow;
import io.qike.crm.integration.store.ConnectionRepository;
import io.qike.crm.integration.store.InterfaceRepository;
import io.qike.crm.platform.validation.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks an action flow before it is saved: inputs, node ids, references, mappings, expressions, jumps. */
final class FlowChecks {
    private final InterfaceRepository interfaces;
    private final ConnectionRepository connections;

    FlowChecks(InterfaceRepository interfaces, ConnectionRepository connections) {
        this.interfaces = interfaces;
        this.connections = connections;
    }

    void check(ActionFlowDraft d) {
        Checks p = new Checks();
        p.requiredFormat("apiName", d.apiName(), CodeNames.API_NAME, "api_name");
        p.text("name", d.name(), 100, true);
        p.text("description", d.description(), 2000, false);
        FlowDefinition def = d.definition() == null ? new FlowDefinition(null, null) : d.definition();
        Set<String> known = new HashSet<>();
        for (int i = 0; i < def.inputs().size(); i++) {
            String name = def.inputs().get(i).name();
            p.requiredFormat("inputs[" + i + "].name", name, CodeNames.IDENTIFIER, "identifier");
            if (name != null && !known.add(name)) p.add("inputs[" + i + "].name", "duplicate");
        }
        List<FlowNode> nodes = def.nodes();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            FlowNode n = nodes.get(i);
            p.requiredFormat("nodes[" + i + "].id", n.id(), CodeNames.IDENTIFIER, "identifier");
            if (n.id() != null && (!ids.add(n.id()) || known.contains(n.id()))) p.add("nodes[" + i + "].id", "duplicate");
            if (n instanceof FlowNode.Transform t) t.assignments().forEach(a -> { if (a.name() != null) known.add(a.name()); });
        }
        known.addAll(ids);
        if (nodes.isEmpty()) p.add("nodes", "required");
        else if (nodes.stream().noneMatch(n -> n instanceof FlowNode.Output)) p.add("nodes", "output_required");
        for (int i = 0; i < nodes.size(); i++) {
            String at = "nodes[" + i + "]";
            FlowNode n = nodes.get(i);
            if (n instanceof FlowNode.Call c) {
                call(p, at, c, known);
            } else if (n instanceof FlowNode.Transform t) {
                for (int j = 0; j < t.assignments().size(); j++) {
                    p.requiredFormat(at + ".assignments[" + j + "].name", t.assignments().get(j).name(), CodeNames.IDENTIFIER, "identifier");
                    expression(p, at + ".assignments[" + j + "].value", t.assignments().get(j).value(), known);
                }
            } else if (n instanceof FlowNode.Branch b) {
                branch(p, at, b, i, nodes, known);
            } else if (n instanceof FlowNode.Output o) {
                Set<String> names = new HashSet<>();
                for (int j = 0; j < o.fields().size(); j++) {
                    String name = o.fields().get(j).name();
                    p.requiredFormat(at + ".fields[" + j + "].name", name, CodeNames.IDENTIFIER, "identifier");
                    if (name != null && !names.add(name)) p.add(at + ".fields[" + j + "].name", "duplicate");
                    expression(p, at + ".fields[" + j + "].expression", o.fields().get(j).expression(), known);
                }
            }
        }
        p.throwIfAny();
    }

    private void call(Checks p, String at, FlowNode.Call c, Set<String> known) {
        if (c.interfaceId() == null) {
            p.add(at + ".interfaceId", "required");
            return;
        }
        Optional<ApiInterface> api = interfaces.find(c.interfaceId());
        if (api.isEmpty()) {
            p.add(at + ".interfaceId", "not_found");
            return;
        }
        long connector = api.get().connectorId();
        if (c.connectionId() != null) {
            Optional<ConnectionRow> row = connections.find(c.connectionId());
            if (row.isEmpty() || row.get().connection().connectorId() != connector) p.add(at + ".connectionId", "not_found");
        } else if (connections.ofConnector(connector).isEmpty()) {
            p.add(at + ".connectionId", "required");
        }
        Set<String> declared = new HashSet<>();
        api.get().definition().params().forEach(x -> declared.add(x.name()));
        Set<String> mapped = new HashSet<>();
        for (int j = 0; j < c.inputs().size(); j++) {
            NameValue m = c.inputs().get(j);
            if (m.name() == null || !declared.contains(m.name())) p.add(at + ".inputs[" + j + "].name", "unknown_param", m.name());
            else if (m.value() != null && !m.value().isBlank()) mapped.add(m.name());
            expression(p, at + ".inputs[" + j + "].value", m.value(), known);
        }
        for (InterfaceParam param : api.get().definition().params()) {
            if (param.required() && !mapped.contains(param.name())) p.add(at + ".inputs", "missing_param", param.name());
        }
    }

    private static void branch(Checks p, String at, FlowNode.Branch b, int index, List<FlowNode> nodes, Set<String> known) {
        if (b.operator() == null) p.add(at + ".operator", "required");
        expression(p, at + ".left", b.left(), known);
        expression(p, at + ".right", b.right(), known);
        if (p.required(at + ".goTo", b.goTo())) jump(p, at + ".goTo", b.goTo(), index, nodes);
        if (b.elseGoTo() != null && !b.elseGoTo().isBlank()) jump(p, at + ".elseGoTo", b.elseGoTo(), index, nodes);
    }

    /** Only forward jumps: a flow always ends, without a step counter. */
    private static void jump(Checks p, String field, String target, int index, List<FlowNode> nodes) {
        int to = -1;
        for (int k = 0; k < nodes.size(); k++) if (target.equals(nodes.get(k).id())) to = k;
        if (to < 0) p.add(field, "unknown_node", target);
        else if (to <= index) p.add(field, "backward_jump", target);
    }

    private static void expression(Checks p, String field, String expr, Set<String> known) {
        if (expr != null && expr.length() > 2000) p.add(field, "too_long", 2000);
        for (String problem : Expressions.problems(expr, known)) {
            String[] parts = problem.split(":", 2);
            p.add(field, parts[0], parts[1]);
        }
    }
}
