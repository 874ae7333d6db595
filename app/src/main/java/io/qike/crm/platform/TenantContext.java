package io.qike.crm.platform;

import java.util.concurrent.Callable;

/**
 * The one place that decides the tenant of the current work: the signed-in user's tenant, or a
 * tenant set explicitly for system work (seeding, background jobs without a user). The database
 * enforces it through row-level security; see {@code TenantConnectionDataSource}.
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
}
