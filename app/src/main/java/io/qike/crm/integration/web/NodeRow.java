package io.qike.crm.integration.web;

/**
 * A row of a flow node's table: a CALL's input or a TRANSFORM's assignment (name and value), or an OUTPUT's
 * field (name, label, type and its value expression). One class for the three, as a node's type can change
 * while the form is edited and its rows stay.
 */
public class NodeRow {
    private String name, value, label, type;

    static NodeRow of(String name, String value) {
        NodeRow r = new NodeRow();
        r.name = name;
        r.value = value;
        return r;
    }

    static NodeRow output(String name, String label, String type, String expression) {
        NodeRow r = of(name, expression);
        r.label = label;
        r.type = type;
        return r;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (value == null || value.isBlank());
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getValue() { return value; }
    public void setValue(String v) { value = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
}
