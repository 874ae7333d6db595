package io.qike.crm.integration;

import io.qike.crm.integration.call.JsonPaths;
import io.qike.crm.integration.call.Placeholders;
import io.qike.crm.platform.validation.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Checks an interface before it is saved: names, templates against declared params, JSONPaths, rules. */
final class InterfaceChecks {
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InterfaceChecks() {
    }

    static void check(ApiInterfaceDraft d) {
        Checks p = new Checks();
        p.text("name", d.name(), 100, true);
        p.requiredFormat("apiName", d.apiName(), CodeNames.API_NAME, "api_name");
        p.text("description", d.description(), 2000, false);
        if (d.method() == null || !METHODS.contains(d.method().toUpperCase())) p.add("method", "invalid_option");
        p.text("path", d.path(), 500, false);
        if (d.path() != null && d.path().contains("://")) p.add("path", "relative_path");
        Set<String> params = new HashSet<>();
        for (int i = 0; i < d.params().size(); i++) {
            String name = d.params().get(i).name();
            p.requiredFormat("params[" + i + "].name", name, CodeNames.IDENTIFIER, "identifier");
            if (name != null && !params.add(name)) p.add("params[" + i + "].name", "duplicate");
        }
        placeholders(p, "path", d.path(), params);
        for (int i = 0; i < d.query().size(); i++) {
            p.required("query[" + i + "].name", d.query().get(i).name());
            placeholders(p, "query[" + i + "].value", d.query().get(i).value(), params);
        }
        for (int i = 0; i < d.headers().size(); i++) {
            p.required("headers[" + i + "].name", d.headers().get(i).name());
            placeholders(p, "headers[" + i + "].value", d.headers().get(i).value(), params);
        }
        placeholders(p, "body", d.body(), params);
        if (d.bodyType() == BodyType.JSON && !validJson(d.body())) p.add("body", "invalid_json");
        fields(p, "fields", d.fields(), true);
        rules(p, d.rules());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < d.codes().size(); i++) {
            String code = d.codes().get(i).code();
            if (p.required("codes[" + i + "].code", code) && !codes.add(code.trim())) p.add("codes[" + i + "].code", "duplicate");
            p.text("codes[" + i + "].message", d.codes().get(i).message(), 500, false);
        }
        p.throwIfAny();
    }

    private static void fields(Checks p, String prefix, List<ResponseField> fields, boolean top) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            ResponseField f = fields.get(i);
            String at = prefix + "[" + i + "]";
            p.requiredFormat(at + ".name", f.name(), CodeNames.IDENTIFIER, "identifier");
            if (f.name() != null && !names.add(f.name())) p.add(at + ".name", "duplicate");
            if (p.required(at + ".path", f.path()) && !JsonPaths.isValid(f.path())) p.add(at + ".path", "invalid_json_path");
            if (f.type() == ResultFieldType.LIST && top) fields(p, at + ".items", f.items(), false);
            else if (!f.items().isEmpty()) p.add(at + ".items", "items_only_for_list");
        }
    }

    private static void rules(Checks p, ResultRules r) {
        boolean hasCode = r.codePath() != null && !r.codePath().isBlank();
        if (hasCode && !JsonPaths.isValid(r.codePath())) p.add("rules.codePath", "invalid_json_path");
        if (r.messagePath() != null && !r.messagePath().isBlank() && !JsonPaths.isValid(r.messagePath())) {
            p.add("rules.messagePath", "invalid_json_path");
        }
        if (hasCode && r.successCodes().isEmpty()) p.add("rules.successCodes", "required");
        if (!hasCode && (!r.successCodes().isEmpty() || !r.emptyCodes().isEmpty())) p.add("rules.codePath", "required");
    }

    private static void placeholders(Checks p, String field, String template, Set<String> params) {
        for (String name : Placeholders.of(template)) {
            if (!params.contains(name)) p.add(field, "unknown_placeholder", name);
        }
    }

    private static boolean validJson(String body) {
        if (body == null || body.isBlank()) return true;
        try {
            JSON.readTree(Placeholders.render(body, n -> "0"));
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }
}
