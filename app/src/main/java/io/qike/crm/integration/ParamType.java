package io.qike.crm.integration;

/** The type of a declared input parameter of an interface or action flow. */
public enum ParamType {
    STRING, NUMBER, BOOLEAN, DATE
}
