package io.qike.crm.integration;

/**
 * The type of a response or output field. DATE values are normalised to yyyy-MM-dd; LIST is a list
 * of objects whose item fields are declared under it; OBJECT keeps the JSON as it came.
 */
public enum FieldType {
    STRING, NUMBER, BOOLEAN, DATE, LIST, OBJECT
}
