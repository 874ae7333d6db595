package io.qike.crm.integration;

/** A name with a template or expression, such as a query parameter {@code keyword = ${keyword}}. */
public record NameValue(String name, String value) {
}
