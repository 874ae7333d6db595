package io.qike.crm.integration.call;

import io.qike.crm.integration.ApiInterfaceDraft;
import io.qike.crm.integration.CallResult;
import io.qike.crm.integration.NameValue;
import io.qike.crm.integration.http.OutboundRequest;
import java.util.List;

/** Turns the last attempt into a {@link CallResult} that is safe to show and to keep: everything redacted, bodies bounded. */
final class CallResults {
    private CallResults() {
    }

    static CallResult of(ApiInterfaceDraft api, PreparedRequest prepared, CallAttempt last, int attempts, long durationMs,
                         Redactor r, int maxBodyChars) {
        ResponseReader.Verdict v = last.verdict();
        CallResult.Request request = last.request() != null ? view(last.request(), r)
                : new CallResult.Request(prepared.method(), r.text(Signer.url(prepared.baseAndPath(), prepared.query()).toString()),
                headers(prepared.headers(), r), r.text(prepared.body()));
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

    private static CallResult.Request view(OutboundRequest sent, Redactor r) {
        return new CallResult.Request(sent.method(), r.text(sent.url().toString()), headers(sent.headers(), r),
                r.text(sent.body()));
    }

    private static List<NameValue> headers(List<NameValue> headers, Redactor r) {
        return headers.stream().map(r::header).toList();
    }
}
