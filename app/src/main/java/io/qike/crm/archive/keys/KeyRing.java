package io.qike.crm.archive.keys;

import io.qike.crm.archive.ArchiveCredentials;
import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.secrets.SecretBox;
import io.qike.crm.wecom.WecomConnection;
import io.qike.crm.wecom.WecomConnections;
import java.security.PrivateKey;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link ArchiveKeyRing} over the current tenant's stored key pairs, settings and WeCom connection. */
@Component
class KeyRing implements ArchiveKeyRing {
    private final ArchiveKeyRepository keys;
    private final ArchiveSettingsRepository settings;
    private final WecomConnections connections;
    private final SecretBox box;

    KeyRing(ArchiveKeyRepository keys, ArchiveSettingsRepository settings, WecomConnections connections, SecretBox box) {
        this.keys = keys;
        this.settings = settings;
        this.connections = connections;
        this.box = box;
    }

    @Override
    public Optional<PrivateKey> privateKey(int version) {
        return keys.findByVersion(version).map(k -> KeyPairs.privateKey(box.open(k.sealedPrivateKey(), k.tenantId())));
    }

    @Override
    public void countDecrypted(int version, int n) {
        if (n != 0) keys.addDecrypted(version, n);
    }

    @Override
    public KeyPairCount keyPairs() {
        return keys.count();
    }

    @Override
    public Optional<ArchiveCredentials> credentials() {
        Optional<WecomConnection> connection = connections.current();
        Optional<SettingsRow> row = settings.find().filter(s -> s.secret() != null);
        if (connection.isEmpty() || row.isEmpty()) return Optional.empty();
        long tenantId = TenantContext.currentTenantId();
        SettingsRow s = row.get();
        return Optional.of(new ArchiveCredentials(tenantId, connection.get().corpId(), box.open(s.secret(), tenantId),
                s.appSecret() == null ? null : box.open(s.appSecret(), tenantId), connection.get().baseUrl()));
    }
}
