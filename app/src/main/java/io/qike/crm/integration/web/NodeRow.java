package io.qike.crm.integration.web;

/**
 * A row of a flow node's table: a CALL's input or a TRANSFORM's assignment (name and value), or an OUTPUT's
 * field (name, label, type and its value expression). One class for the three, as a node's type can change
 * while the form is edited and its rows stay.
 */
public class NodeRow extends NameValueRow {
    private String label, type;

    public NodeRow() {
    }

    private NodeRow(String name, String value) {
        super(name, value);
    }

    static NodeRow of(String name, String value) {
        return new NodeRow(name, value);
    }

    static NodeRow output(String name, String label, String type, String expression) {
        NodeRow r = of(name, expression);
        r.label = label;
        r.type = type;
        return r;
    }

    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
}
