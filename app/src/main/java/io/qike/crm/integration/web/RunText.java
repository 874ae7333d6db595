package io.qike.crm.integration.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run's values as the run log shows them: text and numbers as they are, lists and records as indented JSON,
 * so an administrator reads the same shape the flow handled instead of Java's map text. Templates call it as
 * {@code @runText}.
 */
@Component("runText")
public class RunText {
    private final JsonMapper json;

    RunText(JsonMapper json) {
        this.json = json;
    }

    public String of(Object value) {
        if (value == null) return "";
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) return value.toString();
        if (value instanceof java.time.temporal.TemporalAccessor) return value.toString();
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
