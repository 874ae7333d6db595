package io.qike.crm.integration.call;

import io.qike.crm.platform.secrets.SecretBox;
import io.qike.crm.integration.store.ConnectionRow;
import io.qike.crm.integration.store.ConnectionRepository;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.TenantContext;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Looks up a connection of the current tenant and decrypts its credentials for one call. */
@Component
public class ConnectionTargets {
    private final ConnectionRepository connections;
    private final SecretBox secrets;
    private final ConfigCache cache;

    ConnectionTargets(ConnectionRepository connections, SecretBox secrets, ConfigCache cache) {
        this.connections = connections;
        this.secrets = secrets;
        this.cache = cache;
    }

    public Optional<ConnectionRow> row(long connectionId) {
        return cache.get("connection", connectionId, () -> connections.find(connectionId));
    }

    public ConnectionTarget target(long connectionId) {
        ConnectionRow row = row(connectionId).orElseThrow(() -> new NotFoundException("connection", connectionId));
        long tenant = TenantContext.currentTenantId();
        return new ConnectionTarget(tenant, row.connection(), open(row.keyCipher(), tenant), open(row.secretCipher(), tenant));
    }

    private String open(String cipher, long tenant) {
        return cipher == null ? null : secrets.open(cipher, tenant);
    }
}
