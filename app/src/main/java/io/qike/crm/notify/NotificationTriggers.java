package io.qike.crm.notify;

import io.qike.crm.customer.CustomerOwnerChanged;
import io.qike.crm.integration.CallBudgetReached;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.JobFinished;
import io.qike.crm.platform.org.RecordOwners;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * What other modules' changes tell users. Each listener runs after the change committed, with no tenant: it sets
 * the event's tenant and records the notifications in one transaction ({@link Notifications#notify}), so a listener
 * handed over again after a restart records them once more only if the first run did not commit.
 */
@Component
class NotificationTriggers {
    /** Where each kind of background job shows its outcome (and its own title); a kind not listed gets a general one. */
    private static final Map<String, String> JOB_PAGES = Map.of(
            "import", "/imports/%d", "intel.partnerships", "/intel/partnerships", "registry.enrich", "/customers");
    private final Notifications notifications;
    private final RecordOwners owners;

    NotificationTriggers(Notifications notifications, RecordOwners owners) {
        this.notifications = notifications;
        this.owners = owners;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerOwnerChanged e) {
        TenantContext.runAs(e.tenantId(), () -> {
            String by = owners.names(List.of(e.byUserId())).getOrDefault(e.byUserId(), "");
            notifications.notify(NotificationRequest.of(e.tenantId(), List.of(e.toUserId()), Kinds.CUSTOMER_ASSIGNED,
                    NotificationRequest.Text.of("notify.customerAssigned.title", e.name()),
                    NotificationRequest.Text.of("notify.customerAssigned.body", by, e.name()), "/customers/" + e.customerId()));
        });
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(JobFinished e) {
        String page = JOB_PAGES.getOrDefault(e.kind(), "/");
        String status = e.status().name().toLowerCase(java.util.Locale.ROOT);
        TenantContext.runAs(e.tenantId(), () -> notifications.notify(NotificationRequest.of(e.tenantId(), List.of(e.userId()), Kinds.JOB_FINISHED,
                NotificationRequest.Text.of(JOB_PAGES.containsKey(e.kind()) ? "notify.job." + e.kind() + "." + status : "notify.job." + status),
                NotificationRequest.Text.of("notify.jobFinished.body", e.jobId()), page.formatted(e.jobId()))));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CallBudgetReached e) {
        TenantContext.runAs(e.tenantId(), () -> notifications.notify(NotificationRequest.of(e.tenantId(),
                        owners.activeWith(Permission.ADMIN_INTEGRATION), Kinds.BUDGET_REACHED,
                        NotificationRequest.Text.of("notify.budgetReached.title", e.connectionId()),
                        NotificationRequest.Text.of("notify.budgetReached.body", e.connectionId(), e.budget(), e.day()),
                        "/admin/integration/connections/" + e.connectionId())
                .once("budget:" + e.connectionId() + ":" + e.day())));
    }
}
