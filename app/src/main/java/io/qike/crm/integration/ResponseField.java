package io.qike.crm.integration;

import java.util.List;

/**
 * A field read from the response by a JSONPath (for example {@code $.result.name}). For a LIST the
 * path selects the array and {@code items} declare the fields of each element, with paths relative
 * to the element ({@code $.name}).
 */
public record ResponseField(String name, String label, String path, ResultFieldType type, List<ResponseField> items) {
    public ResponseField {
        if (type == null) type = ResultFieldType.STRING;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
