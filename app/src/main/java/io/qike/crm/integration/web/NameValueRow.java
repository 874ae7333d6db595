package io.qike.crm.integration.web;

/** A name and its value on a form table: a query parameter, a header, a CALL node's input or a TRANSFORM's assignment. */
public class NameValueRow {
    private String name, value;

    public NameValueRow() {
    }

    NameValueRow(String name, String value) {
        this.name = name;
        this.value = value;
    }

    static NameValueRow of(String name, String value) {
        return new NameValueRow(name, value);
    }

    boolean isBlank() {
        return (name == null || name.isBlank()) && (value == null || value.isBlank());
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getValue() { return value; }
    public void setValue(String v) { value = v; }
}
