package io.qike.crm.integration.call;

import io.qike.crm.integration.NameValue;
import java.util.List;

/** A request with its templates filled in, before the connection signs it. */
record PreparedRequest(String method, String baseAndPath, List<NameValue> query, List<NameValue> headers, String body,
                       String contentType) {
}
