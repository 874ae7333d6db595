package io.qike.crm.integration.web;

import io.qike.crm.integration.ResultFieldType;
import io.qike.crm.integration.FlowNode;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.OutputField;
import io.qike.crm.platform.validation.Text;
import java.util.ArrayList;
import java.util.List;

/** One node on the flow form; which fields matter depends on {@code type} (CALL, TRANSFORM, BRANCH, OUTPUT). */
public class NodeForm {
    private String type, id, left, operator, right, goTo, elseGoTo, status;
    private Long interfaceId, connectionId;
    private boolean continueOnEmpty, continueOnFailure;
    private List<NodeRow> rows = new ArrayList<>();

    static NodeForm of(FlowNode n) {
        NodeForm f = new NodeForm();
        f.id = n.id();
        if (n instanceof FlowNode.Call c) {
            f.type = "CALL"; f.interfaceId = c.interfaceId(); f.connectionId = c.connectionId();
            f.continueOnEmpty = c.continueOnEmpty(); f.continueOnFailure = c.continueOnFailure();
            c.inputs().forEach(m -> f.rows.add(NodeRow.of(m.name(), m.value())));
        } else if (n instanceof FlowNode.Transform t) {
            f.type = "TRANSFORM";
            t.assignments().forEach(a -> f.rows.add(NodeRow.of(a.name(), a.value())));
        } else if (n instanceof FlowNode.Branch b) {
            f.type = "BRANCH"; f.left = b.left(); f.operator = b.operator() == null ? null : b.operator().name(); f.right = b.right();
            f.goTo = b.goTo(); f.elseGoTo = b.elseGoTo();
        } else if (n instanceof FlowNode.Output o) {
            f.type = "OUTPUT"; f.status = o.status().name();
            for (OutputField of : o.fields()) f.rows.add(NodeRow.output(of.name(), of.label(), of.type().name(), of.expression()));
        }
        return f;
    }

    FlowNode toNode() {
        List<NameValue> pairs = rows.stream().filter(r -> !r.isBlank()).map(r -> new NameValue(Text.trimToNull(r.getName()), r.getValue())).toList();
        return switch (type == null ? "" : type) {
            case "CALL" -> new FlowNode.Call(Text.trimToNull(id), interfaceId, connectionId, pairs, continueOnEmpty, continueOnFailure);
            case "TRANSFORM" -> new FlowNode.Transform(Text.trimToNull(id), pairs);
            case "BRANCH" -> new FlowNode.Branch(Text.trimToNull(id), left, InterfaceForm.type(FlowNode.Operator.class, operator), right,
                    Text.trimToNull(goTo), Text.trimToNull(elseGoTo));
            default -> new FlowNode.Output(Text.trimToNull(id), rows.stream().filter(r -> !r.isBlank()).map(r -> new OutputField(Text.trimToNull(r.getName()),
                    Text.trimToNull(r.getLabel()), InterfaceForm.type(ResultFieldType.class, r.getType()), r.getValue())).toList(),
                    InterfaceForm.type(FlowStatus.class, status));
        };
    }

    void spareRows() {
        rows.removeIf(NodeRow::isBlank);
        if (!"BRANCH".equals(type)) for (int i = 0; i < InterfaceForm.SPARE_ROWS; i++) rows.add(new NodeRow());
    }

    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getLeft() { return left; }
    public void setLeft(String v) { left = v; }
    public String getOperator() { return operator; }
    public void setOperator(String v) { operator = v; }
    public String getRight() { return right; }
    public void setRight(String v) { right = v; }
    public String getGoTo() { return goTo; }
    public void setGoTo(String v) { goTo = v; }
    public String getElseGoTo() { return elseGoTo; }
    public void setElseGoTo(String v) { elseGoTo = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public Long getInterfaceId() { return interfaceId; }
    public void setInterfaceId(Long v) { interfaceId = v; }
    public Long getConnectionId() { return connectionId; }
    public void setConnectionId(Long v) { connectionId = v; }
    public boolean isContinueOnEmpty() { return continueOnEmpty; }
    public void setContinueOnEmpty(boolean v) { continueOnEmpty = v; }
    public boolean isContinueOnFailure() { return continueOnFailure; }
    public void setContinueOnFailure(boolean v) { continueOnFailure = v; }
    public List<NodeRow> getRows() { return rows; }
    public void setRows(List<NodeRow> v) { rows = v; }
}
