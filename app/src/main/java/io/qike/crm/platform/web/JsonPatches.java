package io.qike.crm.platform.web;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Applies a JSON merge patch (RFC 7396, top level) to an API body record. */
@Component
public class JsonPatches {
    private final JsonMapper json;

    JsonPatches(JsonMapper json) {
        this.json = json;
    }

    public <T extends Record> T apply(T current, Map<String, Object> changes, Class<T> type) {
        Map<String, Object> merged = new LinkedHashMap<>(json.convertValue(current, new TypeReference<Map<String, Object>>() { }));
        java.util.Set<String> known = java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
        for (String key : changes.keySet()) {
            if (!known.contains(key)) throw new InvalidInputException(FieldProblem.of(key, "unknown_field"));
        }
        merged.putAll(changes);
        try {
            return json.convertValue(merged, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidInputException(JsonProblems.of(e).orElse(FieldProblem.of("body", "malformed_body")));
        }
    }
}
