package io.qike.crm.platform;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that decides the tenant of the current work: the signed-in user's tenant, or a
 * tenant set explicitly for system work (seeding, background jobs without a user). The database
 * enforces it through row-level security; see {@code TenantConnectionDataSource}. Work done for a
 * user outside their request (a background job, a listener, a schedule acting for someone) runs
 * through {@link #runAs(QikeUser, Runnable)}, the one place that signs a user in for such work.
 */
public final class TenantContext {
    private static final ThreadLocal<Long> OVERRIDE = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Long currentTenantId() {
        Long explicit = OVERRIDE.get();
        if (explicit != null) return explicit;
        return CurrentUser.find().map(QikeUser::tenantId).orElse(null);
    }

    public static <T> T callAs(long tenantId, Callable<T> work) {
        Long previous = OVERRIDE.get();
        OVERRIDE.set(tenantId);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) OVERRIDE.remove(); else OVERRIDE.set(previous);
        }
    }

    public static void runAs(long tenantId, Runnable work) {
        callAs(tenantId, () -> { work.run(); return null; });
    }

    /**
     * Runs work as this user in their tenant, the way a request of theirs runs: row-level security,
     * the services' permission checks and data scope all apply. The thread's previous user and tenant
     * are restored afterwards, so pooled threads carry nothing into their next task.
     */
    public static <T> T callAs(QikeUser user, Callable<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        QikeUser principal = user.withoutPassword();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return callAs(user.tenantId(), work);
        } finally {
            if (previous.getAuthentication() == null) SecurityContextHolder.clearContext();
            else SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(QikeUser user, Runnable work) {
        callAs(user, () -> { work.run(); return null; });
    }
}
