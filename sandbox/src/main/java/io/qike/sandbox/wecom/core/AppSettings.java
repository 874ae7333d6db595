package io.qike.sandbox.wecom.core;

import java.util.List;

/**
 * What the enterprise's admin console holds for one app. Mutable through the admin API; every field is
 * replaced whole (immutable lists), so readers never see a half-updated list.
 */
public class AppSettings {
    private final AppKind kind;
    private final String name;
    private final Integer agentId;
    private volatile String secret;
    private volatile List<String> ipAllowList = List.of("127.0.0.0/8", "::1");
    private volatile Integer seats;
    private volatile List<Long> visibleDepartments = List.of();
    private volatile List<String> visibleUsers = List.of();
    private volatile List<String> trustedDomains = List.of("localhost", "127.0.0.1");
    private volatile boolean externalContactAccess;
    private volatile CallbackSettings callback;

    public AppSettings(AppKind kind, String name, Integer agentId, String secret) {
        this.kind = kind;
        this.name = name;
        this.agentId = agentId;
        this.secret = secret;
    }

    public AppKind kind() { return kind; }
    public String name() { return name; }
    public Integer agentId() { return agentId; }
    public String secret() { return secret; }
    public void secret(String s) { this.secret = s; }
    public List<String> ipAllowList() { return ipAllowList; }
    public void ipAllowList(List<String> ips) { this.ipAllowList = List.copyOf(ips); }
    /** Purchased seats (可用人数); null means the app is not seat-limited. */
    public Integer seats() { return seats; }
    public void seats(Integer n) { this.seats = n; }
    public List<Long> visibleDepartments() { return visibleDepartments; }
    public void visibleDepartments(List<Long> ids) { this.visibleDepartments = List.copyOf(ids); }
    public List<String> visibleUsers() { return visibleUsers; }
    public void visibleUsers(List<String> ids) { this.visibleUsers = List.copyOf(ids); }
    public List<String> trustedDomains() { return trustedDomains; }
    public void trustedDomains(List<String> d) { this.trustedDomains = List.copyOf(d); }
    /** Whether the self-built app is among 客户联系 → 可调用应用, which the external-contact APIs require. */
    public boolean externalContactAccess() { return externalContactAccess; }
    public void externalContactAccess(boolean b) { this.externalContactAccess = b; }
    public CallbackSettings callback() { return callback; }
    public void callback(CallbackSettings c) { this.callback = c; }
}
