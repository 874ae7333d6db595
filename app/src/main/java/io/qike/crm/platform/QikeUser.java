package io.qike.crm.platform;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: who they are, which tenant they act in, and their function permissions, as they
 * were when this principal was built. The two versions say which state that was: each request compares
 * them with the account's current ones ({@code platform.security.AccountStamps}), so a change by an
 * admin reaches open sessions and tokens on the next request.
 */
public record QikeUser(long userId, long tenantId, Long departmentId, String login, String displayName,
                       Set<String> permissions, String passwordHash, boolean active,
                       long securityVersion, long credentialsVersion)
        implements UserDetails {

    /** For decisions the UI and services make in code; checks on whole methods use {@link RequiresPermission}. */
    public boolean can(Permission permission) {
        return permissions.contains(permission.code());
    }

    public QikeUser withoutPassword() {
        return new QikeUser(userId, tenantId, departmentId, login, displayName, permissions, null, active, securityVersion,
                credentialsVersion);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES.computeIfAbsent(permissions, p -> p.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList());
    }

    /** Authorities per permission set: a handful of distinct sets, asked for on every request. */
    private static final java.util.Map<Set<String>, java.util.List<GrantedAuthority>> AUTHORITIES =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override public String getPassword() { return passwordHash; }
    @Override public String getUsername() { return login; }
        @Override public boolean isEnabled() { return active; }
}
