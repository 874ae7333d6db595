package io.qike.crm.integration.http;

import java.io.IOException;

/** The answer was larger than the connection's response size limit; reading stopped there. */
public class ResponseTooLargeException extends IOException {
    public ResponseTooLargeException(int limit) {
        super("Response larger than " + limit + " bytes");
    }
}
