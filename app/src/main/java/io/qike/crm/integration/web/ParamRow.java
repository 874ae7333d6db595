package io.qike.crm.integration.web;

import io.qike.crm.integration.InterfaceParam;

/** A declared parameter on a form table: an interface's param or a flow's input. */
public class ParamRow {
    private String name, label, type;
    private boolean required;

    static ParamRow of(InterfaceParam p) {
        ParamRow r = new ParamRow();
        r.name = p.name();
        r.label = p.label();
        r.type = p.type().name();
        r.required = p.required();
        return r;
    }

    boolean isBlank() {
        return name == null || name.isBlank();
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean v) { required = v; }
}
