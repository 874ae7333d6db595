package io.qike.crm.integration;

/**
 * The type of a field of a call's or flow's result: an interface's response field or a flow's output field
 * (a custom field's type is another thing). DATE values are normalised to yyyy-MM-dd; LIST is a list of objects
 * whose item fields are declared under it; OBJECT keeps the JSON as it came.
 */
public enum ResultFieldType {
    STRING, NUMBER, BOOLEAN, DATE, LIST, OBJECT
}
