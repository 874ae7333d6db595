package io.qike.crm.integration.call;

import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.CallResult;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.http.OutboundRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns the last attempt into a {@link CallResult} that is safe to show and to keep: everything redacted, bodies bounded. */
final class CallResults {
    /** Headers whose whole value is hidden, whatever it holds. */
    private static final Set<String> SENSITIVE = Set.of("authorization", "proxy-authorization", "token", "sign", "appkey",
            "cookie", "x-api-key", "api-key", "secret", "secret-key", "secretkey");

    private CallResults() {
    }

    static CallResult of(ApiInterfaceDraft api, PreparedRequest prepared, CallAttempt last, int attempts, long durationMs,
                         Redactor r, String authHeader, int maxBodyChars) {
        ResponseReader.Verdict v = last.verdict();
        CallResult.Request request = last.request() != null ? view(last.request(), r, authHeader)
                : new CallResult.Request(prepared.method(), r.text(Signer.url(prepared.baseAndPath(), prepared.query()).toString()),
                headers(prepared.headers(), r, authHeader), r.text(prepared.body()));
        CallResult.Response response = null;
        if (last.response() != null) {
            String body = r.text(last.response().body());
            boolean cut = body.length() > maxBodyChars;
            response = new CallResult.Response(last.response().status(), cut ? body.substring(0, maxBodyChars) : body, cut);
        }
        return new CallResult(v.status(), v.code(), v.providerCode(), r.text(v.providerMessage()),
                r.text(ResponseReader.messageFor(api, v.providerCode())), v.retryable(), r.map(v.fields()), request, response,
                attempts, durationMs, r.text(last.error()));
    }

    private static CallResult.Request view(OutboundRequest sent, Redactor r, String authHeader) {
        return new CallResult.Request(sent.method(), r.text(sent.url().toString()), headers(sent.headers(), r, authHeader),
                r.text(sent.body()));
    }

    private static List<NameValue> headers(List<NameValue> headers, Redactor r, String authHeader) {
        return headers.stream().map(h -> {
            String name = h.name().toLowerCase(Locale.ROOT);
            boolean hidden = SENSITIVE.contains(name) || (authHeader != null && name.equals(authHeader.toLowerCase(Locale.ROOT)));
            return new NameValue(h.name(), hidden ? Redactor.MASK : r.text(h.value()));
        }).toList();
    }
}
