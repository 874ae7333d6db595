package io.qike.crm.registry.lookup;

import io.qike.crm.registry.LookupStatus;
import io.qike.crm.registry.RegistryMessage;
import io.qike.crm.registry.RegistryProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cache entries as JSON for a shared cache, read back as exactly the objects the in-memory cache
 * would return. Plain JSON would not do: a provider's {@code 100} kept as a BigDecimal would come back
 * an Integer and the cached answer would no longer equal the fresh one, so every JSON object here is a
 * one-property tag — {@code map}, {@code int}, {@code long}, {@code bigint}, {@code dec}, {@code msg} —
 * and strings, booleans, nulls and lists are themselves. Only the types named here are ever built
 * (no class names in the data, nothing else is instantiated); anything else is refused when written.
 */
final class LookupJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANSWER = "answer";

    private LookupJson() {
    }

    /** The envelope {@code {type, expiresAt, json}}; throws IllegalArgumentException for values it cannot keep. */
    static String write(Object value, Instant expiresAt) {
        if (!(value instanceof CachedAnswer a)) throw new IllegalArgumentException("not a lookup answer: " + type(value));
        ObjectNode json = JSON.createObjectNode();
        json.put("status", a.status().name());
        json.put("provider", a.provider() == null ? null : a.provider().name());
        json.put("fetchedAt", a.fetchedAt() == null ? null : a.fetchedAt().toString());
        json.set("outputs", encode(a.outputs()));
        json.set("message", encode(a.message()));
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("type", ANSWER);
        envelope.put("expiresAt", expiresAt.toString());
        envelope.set("json", json);
        return JSON.writeValueAsString(envelope);
    }

    /** The entry again; throws for a document this version did not write (it is then treated as absent). */
    @SuppressWarnings("unchecked")
    static LookupCache.Entry read(String text) {
        JsonNode envelope = JSON.readTree(text);
        if (!ANSWER.equals(envelope.path("type").asString(null))) throw new IllegalArgumentException("unknown entry type");
        JsonNode j = envelope.required("json");
        CachedAnswer a = new CachedAnswer(LookupStatus.valueOf(j.required("status").stringValue()),
                j.path("provider").isString() ? RegistryProvider.valueOf(j.get("provider").stringValue()) : null,
                j.path("fetchedAt").isString() ? Instant.parse(j.get("fetchedAt").stringValue()) : null,
                (Map<String, Object>) decode(j.path("outputs")), (RegistryMessage) decode(j.path("message")));
        return new LookupCache.Entry(a, Instant.parse(envelope.required("expiresAt").stringValue()));
    }

    private static JsonNode encode(Object v) {
        var f = JSON.getNodeFactory();
        if (v == null) return f.nullNode();
        if (v instanceof String s) return f.stringNode(s);
        if (v instanceof Boolean b) return f.booleanNode(b);
        if (v instanceof List<?> l) {
            ArrayNode a = f.arrayNode();
            for (Object x : l) a.add(encode(x));
            return a;
        }
        ObjectNode tag = f.objectNode();
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = tag.putObject("map");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) throw new IllegalArgumentException("map key " + type(e.getKey()));
                o.set(k, encode(e.getValue()));
            }
        } else if (v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof BigDecimal) {
            // as text: the exact digits and scale, whatever a JSON reader would make of the number
            tag.put(v instanceof Integer ? "int" : v instanceof Long ? "long" : v instanceof BigInteger ? "bigint" : "dec", v.toString());
        } else if (v instanceof RegistryMessage m) {
            ObjectNode o = tag.putObject("msg");
            o.put("key", m.key());
            o.set("args", encode(m.args()));
        } else {
            throw new IllegalArgumentException("cannot keep a " + type(v));
        }
        return tag;
    }

    @SuppressWarnings("unchecked")
    private static Object decode(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return null;
        if (n.isString()) return n.stringValue();
        if (n.isBoolean()) return n.booleanValue();
        if (n.isArray()) {
            List<Object> l = new ArrayList<>(n.size());
            for (JsonNode x : n.values()) l.add(decode(x));
            return l;
        }
        if (!n.isObject() || n.size() != 1) throw new IllegalArgumentException("not a tagged value");
        Map.Entry<String, JsonNode> tag = n.properties().iterator().next();
        JsonNode v = tag.getValue();
        return switch (tag.getKey()) {
            case "map" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : v.properties()) m.put(e.getKey(), decode(e.getValue()));
                yield m;
            }
            case "int" -> Integer.valueOf(v.stringValue());
            case "long" -> Long.valueOf(v.stringValue());
            case "bigint" -> new BigInteger(v.stringValue());
            case "dec" -> new BigDecimal(v.stringValue());
            case "msg" -> new RegistryMessage(v.required("key").stringValue(), (List<Object>) decode(v.path("args")));
            default -> throw new IllegalArgumentException("unknown tag " + tag.getKey());
        };
    }

    private static String type(Object v) {
        return v == null ? "null" : v.getClass().getName();
    }
}
