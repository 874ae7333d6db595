package io.qike.crm.integration.call;

import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.BodyType;
import io.qike.crm.integration.InterfaceParam;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.values.Dates;
import io.qike.crm.integration.flow.Expressions;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an interface's templates with parameter values: path values as encoded path segments, query
 * values as they are (encoded when the URL is built, UTF-8, so 中文 arrives intact), JSON body values
 * escaped as JSON string content, form body values URL-encoded.
 */
final class RequestBuilder {
    private RequestBuilder() {
    }

    /** Checks and converts parameter values to text; missing required or ill-typed values are field problems. */
    static Map<String, String> values(List<InterfaceParam> params, Map<String, Object> given, String fieldPrefix) {
        Map<String, String> out = new HashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (InterfaceParam p : params) {
            Object v = given == null ? null : given.get(p.name());
            if (Expressions.isEmpty(v)) {
                if (p.required()) problems.add(FieldProblem.of(fieldPrefix + p.name(), "required"));
                continue;
            }
            String text = switch (p.type()) {
                case STRING -> Expressions.text(v);
                case NUMBER -> { var n = Expressions.number(v); yield n == null ? null : n.toPlainString(); }
                case BOOLEAN -> bool(v);
                case DATE -> Dates.format(v);
            };
            if (text == null) problems.add(FieldProblem.of(fieldPrefix + p.name(), p.type().name().toLowerCase()));
            else out.put(p.name(), text);
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return out;
    }

    static PreparedRequest prepare(ApiInterfaceDraft api, String baseUrl, Map<String, String> values) {
        String path = Placeholders.render(api.path() == null ? "" : api.path(), n -> segment(values.get(n)));
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String joined = path.isEmpty() ? base : base + (path.startsWith("/") ? path : "/" + path);
        List<NameValue> query = new ArrayList<>();
        for (NameValue q : api.query()) {
            String v = Placeholders.render(q.value(), values::get);
            // An optional parameter left out leaves its query parameter out, as providers expect.
            if (!(v.isEmpty() && !Placeholders.of(q.value()).isEmpty())) query.add(new NameValue(q.name(), v));
        }
        List<NameValue> headers = new ArrayList<>();
        for (NameValue h : api.headers()) headers.add(new NameValue(h.name(), Placeholders.render(h.value(), values::get)));
        String body = switch (api.bodyType()) {
            case NONE -> null;
            case JSON -> Placeholders.render(api.body(), n -> json(values.get(n)));
            case FORM -> Placeholders.render(api.body(), n -> encode(values.get(n)));
            case TEXT -> Placeholders.render(api.body(), values::get);
        };
        String type = switch (api.bodyType()) {
            case JSON -> "application/json";
            case FORM -> "application/x-www-form-urlencoded";
            default -> "text/plain";
        };
        return new PreparedRequest(api.method() == null ? "GET" : api.method().toUpperCase(), joined, query, headers,
                api.bodyType() == BodyType.NONE ? null : body, type);
    }

    static String encode(String v) {
        return v == null ? "" : URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String segment(String v) {
        return encode(v);
    }

    private static String json(String v) {
        if (v == null) return "";
        StringBuilder b = new StringBuilder();
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> { if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c); }
            }
        }
        return b.toString();
    }

    private static String bool(Object v) {
        String s = Expressions.text(v).trim().toLowerCase();
        return switch (s) {
            case "true", "1", "yes", "是" -> "true";
            case "false", "0", "no", "否" -> "false";
            default -> null;
        };
    }
}
