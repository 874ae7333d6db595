package io.qike.crm.integration;

/** How an interface's body template is encoded. */
public enum BodyType {
    NONE, JSON, FORM, TEXT
}
