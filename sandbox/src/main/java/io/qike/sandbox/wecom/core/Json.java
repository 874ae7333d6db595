package io.qike.sandbox.wecom.core;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One shared JSON mapper for the simulator's own (de)serialisation of request bodies and archive plaintext. */
public final class Json {
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Parses a request body; malformed or non-object JSON is 47001 (data format error), as on the real service. */
    public static JsonNode body(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new WxApiException(47001);
        }
        try {
            JsonNode node = MAPPER.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new WxApiException(47001);
            }
            return node;
        } catch (tools.jackson.core.JacksonException e) {
            throw new WxApiException(47001);
        }
    }
}
