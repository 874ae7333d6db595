package io.qike.crm.integration.web;

import io.qike.crm.platform.validation.Text;

/**
 * One row of the tables on the integration forms (query parameters, headers, declared params,
 * response fields, provider codes, mappings, outputs); each table uses the columns it needs.
 */
public class Row {
    private String name, value, label, type, path, parent, code, message;
    private boolean required, retryable;

    static Row of(String name, String value) {
        Row r = new Row();
        r.name = name;
        r.value = value;
        return r;
    }

    boolean isBlank() {
        return Text.isBlank(name) && Text.isBlank(value) && Text.isBlank(path) && Text.isBlank(code) && Text.isBlank(message);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getValue() { return value; }
    public void setValue(String v) { value = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getPath() { return path; }
    public void setPath(String v) { path = v; }
    public String getParent() { return parent; }
    public void setParent(String v) { parent = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getMessage() { return message; }
    public void setMessage(String v) { message = v; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean v) { required = v; }
    public boolean isRetryable() { return retryable; }
    public void setRetryable(boolean v) { retryable = v; }
}
