package io.qike.crm.integration.web;

import io.qike.crm.integration.ActionFlow;
import io.qike.crm.integration.ActionFlowDraft;
import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.FlowDefinition;
import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.integration.ParamType;
import io.qike.crm.integration.ResponseField;
import io.qike.crm.platform.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The action-flow form: the custom-event trigger's inputs and the nodes. Adding a node and
 * choosing an interface re-render the form; a CALL node's mapping and an OUTPUT node's fields are
 * filled in from the chosen interface when still empty, as the seed's editor does.
 */
public class FlowForm {
    private String apiName, name, description;
    private boolean enabled = true;
    /** The name of the {@link Permission} a caller of 调用动作流 needs; a new flow is for administrators only. */
    private String invokePermission = Permission.ADMIN_INTEGRATION.name();
    private List<ParamRow> inputs = new ArrayList<>();
    private List<NodeForm> nodes = new ArrayList<>();

    static FlowForm blank() {
        FlowForm f = new FlowForm();
        f.spareRows();
        return f;
    }

    static FlowForm of(ActionFlow flow) {
        FlowForm f = new FlowForm();
        f.apiName = flow.apiName(); f.name = flow.name(); f.description = flow.description(); f.enabled = flow.enabled();
        f.invokePermission = flow.invokePermission().name();
        flow.definition().inputs().forEach(p -> f.inputs.add(ParamRow.of(p)));
        flow.definition().nodes().forEach(n -> f.nodes.add(NodeForm.of(n)));
        f.spareRows();
        return f;
    }

    ActionFlowDraft toDraft() {
        List<InterfaceParam> in = inputs.stream().filter(r -> !r.isBlank())
                .map(r -> new InterfaceParam(r.getName() == null ? null : r.getName().trim(), r.getLabel(),
                        InterfaceForm.type(ParamType.class, r.getType()), r.isRequired())).toList();
        return new ActionFlowDraft(apiName, name, description, enabled, new FlowDefinition(in, nodes.stream().map(NodeForm::toNode).toList()),
                InterfaceForm.type(Permission.class, invokePermission));
    }

    void addNode(String type) {
        NodeForm n = new NodeForm();
        n.setType(type);
        String prefix = type.toLowerCase();
        int i = 1;
        while (hasNode(prefix + i)) i++;
        n.setId(prefix + i);
        nodes.add(n);
    }

    void removeNode(int index) {
        if (index >= 0 && index < nodes.size()) nodes.remove(index);
    }

    /** Fills empty CALL mappings with the interface's params and empty OUTPUT nodes with the previous call's fields. */
    void prefill(Map<Long, ApiInterface> interfaces) {
        NodeForm lastCall = null;
        for (NodeForm n : nodes) {
            n.getRows().removeIf(NodeRow::isBlank);
            Optional<ApiInterface> api = Optional.ofNullable(n.getInterfaceId()).map(interfaces::get);
            if ("CALL".equals(n.getType()) && api.isPresent()) {
                if (n.getRows().isEmpty()) {
                    api.get().definition().params().forEach(p -> n.getRows().add(NodeRow.of(p.name(), hasInput(p.name()) ? "${" + p.name() + "}" : "")));
                }
                lastCall = n;
            }
            if ("OUTPUT".equals(n.getType()) && n.getRows().isEmpty() && lastCall != null) {
                for (ResponseField f : interfaces.get(lastCall.getInterfaceId()).definition().fields()) {
                    n.getRows().add(NodeRow.output(f.name(), f.label(), f.type().name(), "${" + lastCall.getId() + "." + f.name() + "}"));
                }
            }
        }
        spareRows();
    }

    void spareRows() {
        InterfaceForm.spare(inputs, ParamRow::isBlank, ParamRow::new);
        nodes.forEach(NodeForm::spareRows);
    }

    private boolean hasNode(String id) {
        return nodes.stream().anyMatch(n -> id.equals(n.getId()));
    }

    private boolean hasInput(String name) {
        return inputs.stream().anyMatch(r -> name.equals(r.getName()));
    }

    public String getApiName() { return apiName; }
    public void setApiName(String v) { apiName = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public String getInvokePermission() { return invokePermission; }
    public void setInvokePermission(String v) { invokePermission = v; }
    public List<ParamRow> getInputs() { return inputs; }
    public void setInputs(List<ParamRow> v) { inputs = v; }
    public List<NodeForm> getNodes() { return nodes; }
    public void setNodes(List<NodeForm> v) { nodes = v; }
}
