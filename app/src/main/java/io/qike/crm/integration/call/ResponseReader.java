package io.qike.crm.integration.call;

import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.CodeMessage;
import io.qike.crm.integration.FlowStatus;
import io.qike.crm.integration.ResponseField;
import io.qike.crm.integration.ResultRules;
import io.qike.crm.integration.values.Dates;
import io.qike.crm.integration.flow.Expressions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Applies an interface's success/failure rules to an answer and reads its declared fields. */
final class ResponseReader {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The verdict on one answer; {@code unhealthy} failures count against the circuit breaker. */
    record Verdict(FlowStatus status, String code, String providerCode, String providerMessage, boolean retryable,
                   boolean unhealthy, Map<String, Object> fields) {
        static Verdict failure(String code, boolean retryable, boolean unhealthy) {
            return new Verdict(FlowStatus.FAILURE, code, null, null, retryable, unhealthy, Map.of());
        }
    }

    private ResponseReader() {
    }

    static Verdict judge(ApiInterfaceDraft api, int httpStatus, String body) {
        if (httpStatus >= 300 && httpStatus < 400) return Verdict.failure("redirect_refused", false, false);
        if (httpStatus >= 500 || httpStatus == 429) return Verdict.failure("http_error", true, true);
        if (httpStatus >= 400) return Verdict.failure("http_error", false, false);
        Object json;
        try {
            json = body == null || body.isBlank() ? null : JSON.readValue(body, Object.class);
        } catch (JacksonException e) {
            return Verdict.failure("invalid_response", false, true);
        }
        ResultRules rules = api.rules();
        if (rules.codePath() == null || rules.codePath().isBlank()) {
            return new Verdict(FlowStatus.SUCCESS, null, null, null, false, false, fields(api.fields(), json));
        }
        Object raw = JsonPaths.read(json, rules.codePath());
        String code = raw == null ? null : Expressions.text(raw);
        String message = rules.messagePath() == null ? null : textOrNull(JsonPaths.read(json, rules.messagePath()));
        if (code == null) return new Verdict(FlowStatus.FAILURE, "invalid_response", null, message, false, true, Map.of());
        if (rules.successCodes().contains(code)) {
            return new Verdict(FlowStatus.SUCCESS, null, code, message, false, false, fields(api.fields(), json));
        }
        if (rules.emptyCodes().contains(code)) return new Verdict(FlowStatus.EMPTY, "no_result", code, message, false, false, Map.of());
        boolean retryable = api.codes().stream().anyMatch(c -> code.equals(c.code()) && c.retryable());
        return new Verdict(FlowStatus.FAILURE, "provider_error", code, message, retryable, retryable, Map.of());
    }

    /** The configured user-facing message for a provider code, if any. */
    static String messageFor(ApiInterfaceDraft api, String providerCode) {
        if (providerCode == null) return null;
        return api.codes().stream().filter(c -> providerCode.equals(c.code())).map(CodeMessage::message).findFirst().orElse(null);
    }

    static Map<String, Object> fields(List<ResponseField> declared, Object json) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ResponseField f : declared) out.put(f.name(), value(f, JsonPaths.read(json, f.path())));
        return out;
    }

    private static Object value(ResponseField f, Object raw) {
        if (raw == null) return null;
        return switch (f.type()) {
            case STRING -> raw instanceof Map || raw instanceof List ? raw : Expressions.text(raw);
            case NUMBER -> { var n = Expressions.number(raw); yield n == null ? raw : n; }
            case BOOLEAN -> raw instanceof Boolean ? raw : "true".equalsIgnoreCase(Expressions.text(raw)) || "1".equals(Expressions.text(raw));
            case DATE -> { String d = Dates.format(raw); yield d == null ? Expressions.text(raw) : d; }
            case OBJECT -> raw;
            case LIST -> {
                List<?> items = raw instanceof List<?> l ? l : List.of(raw);
                if (f.items().isEmpty()) yield items;
                yield items.stream().map(item -> (Object) fields(f.items(), item)).toList();
            }
        };
    }

    private static String textOrNull(Object v) {
        return v == null ? null : Expressions.text(v);
    }
}
