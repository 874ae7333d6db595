package io.qike.sandbox.wecom.core;

import java.util.Set;

/** Which secrets may call a family of APIs; any other secret's token gets 48002 (api forbidden). */
public enum Scope {
    DIRECTORY(Set.of(AppKind.CONTACTS, AppKind.APP)),
    AGENT(Set.of(AppKind.APP)),
    EXTERNAL_CONTACT(Set.of(AppKind.CUSTOMER, AppKind.APP)),
    MSGAUDIT(Set.of(AppKind.ARCHIVE));

    private final Set<AppKind> apps;

    Scope(Set<AppKind> apps) {
        this.apps = apps;
    }

    public boolean allows(AppSettings app) {
        if (!apps.contains(app.kind())) {
            return false;
        }
        // A self-built app reaches external contacts only once it is added to 客户联系 → 可调用应用.
        return this != EXTERNAL_CONTACT || app.kind() != AppKind.APP || app.externalContactAccess();
    }
}
