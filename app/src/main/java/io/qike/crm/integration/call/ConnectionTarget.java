package io.qike.crm.integration.call;

import io.qike.crm.integration.Connection;

/** A connection with its decrypted credentials, alive only for the duration of a call. */
public record ConnectionTarget(long tenantId, Connection connection, String key, String secret) {
    @Override
    public String toString() {
        return "ConnectionTarget[" + connection.id() + " " + connection.baseUrl() + "]"; // never the credentials
    }
}
