package io.qike.crm.integration;

import java.util.List;
import java.util.Map;

/**
 * One interface call as it happened: the request actually sent (credentials redacted), the raw
 * answer (redacted, possibly cut short), the extracted fields and the rule outcome. This is what a
 * "test call" shows and what the run log keeps for a CALL node.
 */
public record CallResult(FlowStatus status, String code, String providerCode, String providerMessage, String message,
                         boolean retryable, Map<String, Object> fields, Request request, Response response, int attempts,
                         long durationMs, String error) {

    /** The resolved request, with every credential and signature replaced by ••••. */
    public record Request(String method, String url, List<NameValue> headers, String body) {
    }

    /** The answer: HTTP status and body text (redacted, at most the log limit). */
    public record Response(int httpStatus, String body, boolean truncated) {
    }
}
