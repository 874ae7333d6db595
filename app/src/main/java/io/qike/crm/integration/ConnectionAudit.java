package io.qike.crm.integration;

import io.qike.crm.platform.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Audit changes of a connection; a credential change is recorded as changed, never with its value. */
final class ConnectionAudit {
    private static final String HIDDEN = "••••";

    private ConnectionAudit() {
    }

    static Map<String, AuditLog.Change> created(ConnectionDraft d) {
        Map<String, AuditLog.Change> m = new LinkedHashMap<>();
        m.put("baseUrl", new AuditLog.Change(null, d.baseUrl()));
        m.put("authScheme", new AuditLog.Change(null, d.authScheme().name()));
        return m;
    }

    static Map<String, AuditLog.Change> diff(Connection a, Connection b, ConnectionDraft d) {
        Map<String, AuditLog.Change> m = new LinkedHashMap<>();
        put(m, "name", a.name(), b.name());
        put(m, "baseUrl", a.baseUrl(), b.baseUrl());
        put(m, "authScheme", a.authScheme().name(), b.authScheme().name());
        put(m, "authParam", a.authParam(), b.authParam());
        put(m, "limits", a.limits().toString(), b.limits().toString());
        put(m, "enabled", a.enabled(), b.enabled());
        if (d.key() != null || !Objects.equals(a.keyHint(), b.keyHint())) m.put("key", new AuditLog.Change(HIDDEN, HIDDEN));
        if (d.secret() != null || !Objects.equals(a.secretHint(), b.secretHint())) m.put("secret", new AuditLog.Change(HIDDEN, HIDDEN));
        return m;
    }

    private static void put(Map<String, AuditLog.Change> m, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) m.put(field, new AuditLog.Change(before, after));
    }
}
