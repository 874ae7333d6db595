package io.qike.crm.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import io.qike.crm.platform.web.FieldLabels;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An entry's changes as the enterprise log shows them: one row per field, its label in the reader's language,
 * before → after. Labels come from {@code audit.field.<object>.<field>}; a field without one gets a readable
 * label made from its name, never the bare code. Two structured values (an action flow's definition, a
 * connection's limits) become one row per part that changed. Long or structured values are folded, and
 * anything that looks like a credential is hidden.
 */
@Component
public class AuditChangeTable {
    static final int LONG = 120;
    private static final int SUMMARY = 60;
    private static final Pattern SECRET = Pattern.compile("(?i).*(secret|password|token|credential|authorization|apikey|appkey|^key)$");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i)(authorization|key|appkey|sign|signature|.*token.*|.*secret.*|.*password.*|.*api[-_]?key.*)");
    private static final String HIDDEN = "••••";

    /** A value as shown: blank (—), plain text, or folded text with a one-line summary. */
    public record Value(String text, boolean folded, String summary) {
        public boolean blank() {
            return text == null || text.isEmpty();
        }
    }

    public record Row(String label, Value before, Value after) {
    }

    private final MessageSource messages;
    private final JsonMapper json;

    AuditChangeTable(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public List<Row> rows(String objectType, String changesJson, Locale locale) {
        List<Row> rows = new ArrayList<>();
        if (changesJson == null || changesJson.isBlank()) return rows;
        JsonNode changes = json.readTree(changesJson);
        if (!changes.isObject()) return rows;
        for (Map.Entry<String, JsonNode> field : changes.properties()) {
            JsonNode before = field.getValue().path("before"), after = field.getValue().path("after");
            String label = label(objectType, field.getKey(), locale);
            if (SECRET.matcher(field.getKey()).matches()) {
                rows.add(new Row(label, hidden(before), hidden(after)));
            } else if (before.isObject() && after.isObject()) {
                parts(objectType, field.getKey(), label, before, after, locale, rows);
            } else {
                rows.add(new Row(label, value(objectType, field.getKey(), before, locale), value(objectType, field.getKey(), after, locale)));
            }
        }
        return rows;
    }

    /** One row per top-level part of two structured values that differs. */
    private void parts(String objectType, String field, String label, JsonNode before, JsonNode after, Locale locale, List<Row> rows) {
        Set<String> keys = new LinkedHashSet<>(before.propertyNames());
        keys.addAll(after.propertyNames());
        for (String key : keys) {
            JsonNode b = before.path(key), a = after.path(key);
            if (same(b, a)) continue;
            String code = field + "." + key;
            String own = messages.getMessage("audit.field." + objectType + "." + code, null, null, locale);
            String partLabel = own != null ? own : key.startsWith("custom") || field.equals("custom") ? label(objectType, "custom." + key, locale)
                    : label + " · " + humanise(key);
            if (SECRET.matcher(key).matches()) rows.add(new Row(partLabel, hidden(b), hidden(a)));
            else rows.add(new Row(partLabel, value(objectType, code, b, locale), value(objectType, code, a, locale)));
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = a.isMissingNode() || a.isNull(), bEmpty = b.isMissingNode() || b.isNull();
        return aEmpty && bEmpty || a.equals(b);
    }

    String label(String objectType, String field, Locale locale) {
        String own = messages.getMessage("audit.field." + objectType + "." + field, null, null, locale);
        if (own != null) return own;
        String common = messages.getMessage("audit.field." + field, null, null, locale);
        if (common != null) return common;
        if (field.startsWith("custom.")) {
            return messages.getMessage("audit.field.custom", new Object[] {humanise(field.substring(7))}, locale);
        }
        return humanise(field);
    }

    static String humanise(String code) {
        return FieldLabels.readable(code);
    }

    private Value value(String objectType, String field, JsonNode node, Locale locale) {
        if (node.isMissingNode() || node.isNull()) return new Value("", false, null);
        if (node.isBoolean()) return plain(messages.getMessage(node.asBoolean() ? "common.yes" : "common.no", null, locale));
        if (node.isValueNode()) return text(code(objectType, field, node.asString(), locale), locale);
        if (node.isArray() && scalars(node)) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(code(objectType, field, item.asString(), locale)));
            return text(String.join(", ", items), locale);
        }
        JsonNode shown = masked(node.deepCopy());
        String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(shown);
        String summary = node.isArray()
                ? messages.getMessage("audit.value.items", new Object[] {node.size()}, locale)
                : messages.getMessage("audit.value.parts", new Object[] {node.size()}, locale);
        return new Value(pretty, true, summary);
    }

    /** A code shown through its label where the bundle names a label family for the field (status → 启用). */
    private String code(String objectType, String field, String value, Locale locale) {
        String family = messages.getMessage("audit.values." + objectType + "." + field, null, null, locale);
        if (family == null) return value;
        return messages.getMessage(family + value, null, value, locale);
    }

    private Value text(String text, Locale locale) {
        if (text.length() <= LONG && text.indexOf('\n') < 0) return plain(text);
        String first = text.strip().lines().findFirst().orElse("");
        String head = first.length() > SUMMARY ? first.substring(0, SUMMARY) : first;
        return new Value(text, true, messages.getMessage("audit.value.more", new Object[] {head, text.length()}, locale));
    }

    private static Value plain(String text) {
        return new Value(text, false, null);
    }

    private static Value hidden(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? plain("") : plain(HIDDEN);
    }

    private static boolean scalars(JsonNode array) {
        for (JsonNode item : array) if (item.isContainer()) return false;
        return true;
    }

    /** Credentials inside a structured value: a secret-named property, or the value of a {name, value} pair naming one. */
    private static JsonNode masked(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode name = object.path("name");
            if (name.isString() && SECRET_NAME.matcher(name.asString()).matches() && object.has("value")) object.put("value", HIDDEN);
            for (String key : new ArrayList<>(object.propertyNames())) {
                JsonNode child = object.get(key);
                if (SECRET.matcher(key).matches() && child.isValueNode() && !child.isNull()) object.put(key, HIDDEN);
                else masked(child);
            }
        } else if (node.isArray()) {
            node.forEach(AuditChangeTable::masked);
        }
        return node;
    }
}
