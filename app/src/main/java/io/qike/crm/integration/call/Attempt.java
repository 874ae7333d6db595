package io.qike.crm.integration.call;

import io.qike.crm.integration.http.Answer;
import io.qike.crm.integration.http.OutboundRequest;

/** One attempt at a call: what was sent (null when refused before sending), the answer and the verdict. */
record Attempt(OutboundRequest request, Answer answer, ResponseReader.Verdict verdict, String error, long millis) {
}
