package io.qike.crm.integration.store;

import io.qike.crm.integration.Connection;

/** A connection with its encrypted credentials as stored. */
public record ConnectionRow(Connection connection, String keyCipher, String secretCipher) {
}
