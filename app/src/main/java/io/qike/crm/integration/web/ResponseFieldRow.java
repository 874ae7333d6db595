package io.qike.crm.integration.web;

import io.qike.crm.integration.ResponseField;

/** A response field on the interface form; one whose {@code parent} names a LIST field is one of its item fields. */
public class ResponseFieldRow {
    private String name, label, path, type, parent;

    static ResponseFieldRow of(ResponseField field, String parent) {
        ResponseFieldRow r = new ResponseFieldRow();
        r.name = field.name();
        r.label = field.label();
        r.path = field.path();
        r.type = field.type().name();
        r.parent = parent;
        return r;
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (path == null || path.isBlank());
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getPath() { return path; }
    public void setPath(String v) { path = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getParent() { return parent; }
    public void setParent(String v) { parent = v; }
}
