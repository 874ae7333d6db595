package io.qike.crm.integration.flow;

import io.qike.crm.integration.ActionFlow;
import io.qike.crm.integration.CallResult;
import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.FlowNode;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.NodeTrace;
import io.qike.crm.integration.OutputField;
import io.qike.crm.integration.values.Dates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One run of one flow: walks the nodes from the first, keeps the variables and a trace per node.
 * {@code call} performs a CALL node (lookups, the interface call) and never throws.
 */
final class FlowExecution {
    /** How the run ended. */
    record End(FlowStatus status, Map<String, Object> outputs, String code, String message, String providerCode,
               String providerMessage) {
    }

    private final ActionFlow flow;
    private final Map<String, Object> scope;
    private final BiFunction<FlowNode.Call, Map<String, Object>, CallResult> call;
    private final List<NodeTrace> traces = new ArrayList<>();
    private final long t0 = System.nanoTime();

    FlowExecution(ActionFlow flow, Map<String, Object> inputs, BiFunction<FlowNode.Call, Map<String, Object>, CallResult> call) {
        this.flow = flow;
        this.scope = new LinkedHashMap<>(inputs);
        this.call = call;
    }

    List<NodeTrace> traces() {
        return traces;
    }

    End run() {
        List<FlowNode> nodes = flow.definition().nodes();
        int i = 0;
        while (i < nodes.size()) {
            FlowNode node = nodes.get(i);
            long start = System.nanoTime();
            if (node instanceof FlowNode.Call c) {
                Map<String, Object> params = new LinkedHashMap<>();
                for (NameValue m : c.inputs()) params.put(m.name(), Expressions.evaluate(m.value(), scope));
                CallResult r = call.apply(c, params);
                scope.put(c.id(), variables(r));
                trace(node, "CALL", r.status(), start, r, null, null, r.error());
                if (r.status() == FlowStatus.FAILURE && !c.continueOnFailure()
                        || r.status() == FlowStatus.EMPTY && !c.continueOnEmpty()) {
                    return new End(r.status(), Map.of(), r.code(), r.message(), r.providerCode(), r.providerMessage());
                }
                i++;
            } else if (node instanceof FlowNode.Transform t) {
                Map<String, Object> set = new LinkedHashMap<>();
                for (NameValue a : t.assignments()) {
                    Object v = Expressions.evaluate(a.value(), scope);
                    scope.put(a.name(), v);
                    set.put(a.name(), v);
                }
                trace(node, "TRANSFORM", null, start, null, set, null, null);
                i++;
            } else if (node instanceof FlowNode.Branch b) {
                boolean holds = Conditions.test(Expressions.evaluate(b.left(), scope), b.operator(), Expressions.evaluate(b.right(), scope));
                String to = holds ? b.goTo() : b.elseGoTo();
                int next = to == null || to.isBlank() ? i + 1 : indexOf(nodes, to);
                trace(node, "BRANCH", null, start, null, Map.of("condition", holds), next < nodes.size() ? nodes.get(next).id() : null, null);
                i = next > i ? next : nodes.size(); // only forward, so every run ends
            } else if (node instanceof FlowNode.Output o) {
                Map<String, Object> outputs = new LinkedHashMap<>();
                for (OutputField f : o.fields()) outputs.put(f.name(), typed(Expressions.evaluate(f.expression(), scope), f.type()));
                trace(node, "OUTPUT", o.status(), start, null, outputs, null, null);
                return new End(o.status(), o.status() == FlowStatus.SUCCESS ? outputs : Map.of(),
                        o.status() == FlowStatus.SUCCESS ? null : o.status() == FlowStatus.EMPTY ? "no_result" : "flow_failure",
                        null, null, null);
            } else {
                i++;
            }
        }
        return new End(FlowStatus.SUCCESS, Map.of(), null, null, null, null);
    }

    private void trace(FlowNode n, String type, FlowStatus status, long start, CallResult r, Map<String, Object> values,
                       String next, String error) {
        traces.add(new NodeTrace(n.id(), type, status, (start - t0) / 1_000_000, (System.nanoTime() - start) / 1_000_000,
                r, values, next, error));
    }

    /** A CALL's results as variables: its fields by name, and its outcome under names starting with "_". */
    private static Map<String, Object> variables(CallResult r) {
        Map<String, Object> v = new LinkedHashMap<>(r.fields() == null ? Map.of() : r.fields());
        v.put("_status", r.status().name());
        v.put("_code", r.providerCode() != null ? r.providerCode() : r.code());
        v.put("_message", r.message() != null ? r.message() : r.providerMessage());
        return v;
    }

    static Object typed(Object v, ResultFieldType type) {
        if (v == null) return null;
        return switch (type) {
            case STRING -> v instanceof Map || v instanceof List ? v : Expressions.text(v);
            case NUMBER -> Expressions.number(v);
            case BOOLEAN -> v instanceof Boolean ? v : Boolean.valueOf("true".equalsIgnoreCase(Expressions.text(v)) || "1".equals(Expressions.text(v)));
            case DATE -> Dates.format(v);
            case LIST, OBJECT -> v;
        };
    }

    private static int indexOf(List<FlowNode> nodes, String id) {
        for (int k = 0; k < nodes.size(); k++) if (id.equals(nodes.get(k).id())) return k;
        return nodes.size();
    }

}
