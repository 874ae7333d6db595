package io.qike.crm.integration;

import java.time.OffsetDateTime;

/**
 * A connection (连接): where a connector's service lives and how to sign in to it. Credentials are
 * never returned; {@code keyHint} and {@code secretHint} show only their last characters.
 */
public record Connection(long id, long connectorId, String name, String baseUrl, AuthScheme authScheme, String authParam,
                         String keyHint, String secretHint, ConnectionLimits limits, boolean enabled,
                         OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
