package io.qike.crm.integration.http;

import io.qike.crm.integration.NameValue;
import java.net.URI;
import java.util.List;

/** A fully resolved and signed HTTP request, ready to send. */
public record OutboundRequest(String method, URI url, List<NameValue> headers, String body, String contentType) {
}
