package io.qike.crm.integration;

import io.qike.crm.integration.call.Redactor;
import io.qike.crm.platform.AuditDiff;
import io.qike.crm.platform.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Audit changes of a connection; a credential change is recorded as changed, never with its value. */
final class ConnectionAudit {
    private static final String HIDDEN = Redactor.MASK;

    private ConnectionAudit() {
    }

    static Map<String, AuditLog.Change> created(ConnectionDraft d) {
        Map<String, AuditLog.Change> m = new LinkedHashMap<>();
        m.put("baseUrl", new AuditLog.Change(null, d.baseUrl()));
        m.put("authScheme", new AuditLog.Change(null, d.authScheme().name()));
        return m;
    }

    static Map<String, AuditLog.Change> diff(Connection a, Connection b, ConnectionDraft d) {
        Map<String, AuditLog.Change> m = AuditDiff.of().field("name", a.name(), b.name()).field("baseUrl", a.baseUrl(), b.baseUrl())
                .field("authScheme", a.authScheme().name(), b.authScheme().name()).field("authParam", a.authParam(), b.authParam())
                .field("limits", a.limits(), b.limits()).field("enabled", a.enabled(), b.enabled()).changes();
        if (d.key() != null || !Objects.equals(a.keyHint(), b.keyHint())) m.put("key", new AuditLog.Change(HIDDEN, HIDDEN));
        if (d.secret() != null || !Objects.equals(a.secretHint(), b.secretHint())) m.put("secret", new AuditLog.Change(HIDDEN, HIDDEN));
        return m;
    }
}
