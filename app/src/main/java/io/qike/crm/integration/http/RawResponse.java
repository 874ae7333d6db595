package io.qike.crm.integration.http;

/** The raw answer of an outside service: HTTP status and the body as text. */
public record RawResponse(int status, String body, String contentType) {
}
