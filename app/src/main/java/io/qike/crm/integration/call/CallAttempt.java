package io.qike.crm.integration.call;

import io.qike.crm.integration.http.RawResponse;
import io.qike.crm.integration.http.OutboundRequest;

/** One attempt at a call: what was sent (null when refused before sending), the response and the verdict. */
record CallAttempt(OutboundRequest request, RawResponse response, ResponseReader.Verdict verdict, String error, long millis) {
}
