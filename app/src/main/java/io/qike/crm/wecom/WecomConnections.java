package io.qike.crm.wecom;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.secrets.SecretBox;
import io.qike.crm.wecom.store.ConnectionRow;
import io.qike.crm.wecom.store.WecomConnectionRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The current enterprise's WeCom connection, for any part of Qike that works with WeCom (no permission needed to read it). */
@Component
public class WecomConnections {
    private final WecomConnectionRepository repository;
    private final SecretBox box;

    WecomConnections(WecomConnectionRepository repository, SecretBox box) {
        this.repository = repository;
        this.box = box;
    }

    public Optional<WecomConnection> current() {
        return repository.find().map(WecomConnections::view);
    }

    public Optional<WecomConnection> forTenant(long tenantId) {
        return TenantContext.callAs(tenantId, this::current);
    }

    /** The enterprise a corp is connected to, across enterprises (for start-up work outside any request). */
    public Optional<Long> tenantOfCorp(String corpId) {
        return repository.tenantOfCorp(corpId);
    }

    Optional<Credentials> credentials(long tenantId) {
        return TenantContext.callAs(tenantId, () -> repository.find().map(this::open));
    }

    static WecomConnection view(ConnectionRow r) {
        return new WecomConnection(r.tenantId(), r.corpId(), r.agentId(), r.baseUrl(), r.agentSecret() != null,
                r.contactsSecret() != null, r.customerSecret() != null, r.callbackToken() != null, r.encodingAesKey() != null,
                r.updatedAt(), r.callbackVerifiedAt());
    }

    private Credentials open(ConnectionRow r) {
        long t = r.tenantId();
        return new Credentials(t, r.corpId(), r.agentId(), open(r.agentSecret(), t), open(r.contactsSecret(), t),
                open(r.customerSecret(), t), open(r.callbackToken(), t), open(r.encodingAesKey(), t), r.baseUrl(), r.updatedAt());
    }

    private String open(String sealed, long tenantId) {
        return sealed == null ? null : box.open(sealed, tenantId);
    }
}
