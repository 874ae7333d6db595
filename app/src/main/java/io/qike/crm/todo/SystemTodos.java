package io.qike.crm.todo;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.lead.LeadAssigned;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.pool.CustomerRecycleWarned;
import io.qike.crm.salesrecord.FollowUpChanged;
import io.qike.crm.salesrecord.FollowUpPlanned;
import io.qike.crm.salesrecord.PlannedFollowUps;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * System to-dos (系统待办) from other modules' changes. Each listener runs after the change committed, with no tenant:
 * it sets the event's tenant and makes the to-do in one transaction, once per once-key, so an event handed over again
 * after a restart (or published twice) makes no second to-do.
 */
@Component
class SystemTodos {
    static final String LEAD_ASSIGNED = "LEAD_ASSIGNED";
    static final String RECYCLE_WARNED = "RECYCLE_WARNED";
    static final String FOLLOW_UP = "FOLLOW_UP";
    private final TodoService todos;
    private final EnterpriseTime time;
    private final CustomerDirectory customers;
    private final PlannedFollowUps followUps;

    SystemTodos(TodoService todos, EnterpriseTime time, CustomerDirectory customers, PlannedFollowUps followUps) {
        this.followUps = followUps;
        this.todos = todos;
        this.time = time;
        this.customers = customers;
    }

    /** 跟进分配给你的线索 {name}: due now, so it is on the new owner's list today. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadAssigned e) {
        TenantContext.runAs(e.tenantId(), () -> todos.createSystem(LEAD_ASSIGNED,
                "lead-assigned:" + e.leadId() + ":" + e.ownerId(), e.ownerId(), "todo.system.leadAssigned", List.of(e.leadName()),
                e.leadName(), "LEAD", e.leadId(), OffsetDateTime.now(), null));
    }

    /** 客户 {name} 将于 {date} 被收回公海: due that day (its start on the enterprise's clock). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerRecycleWarned e) {
        TenantContext.runAs(e.tenantId(), () -> todos.createSystem(RECYCLE_WARNED,
                "recycle-warned:" + e.customerId() + ":" + e.ruleId() + ":" + e.recycleOn(), e.ownerId(), "todo.system.recycleWarned",
                List.of(e.customerName(), e.recycleOn().toString()), e.customerName(), "CUSTOMER", e.customerId(),
                time.startOf(e.recycleOn()), null));
    }

    /** 跟进客户 {name}: due at the sales record's 下次跟进时间, with a reminder then. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FollowUpPlanned e) {
        keepFollowUp(e.tenantId(), e.recordId());
    }

    /** The record's 下次跟进时间 was moved or cleared: its to-do moves with it, or goes (one open to-do at most). */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FollowUpChanged e) {
        keepFollowUp(e.tenantId(), e.recordId());
    }

    /** Either event only says that the plan changed: the to-do follows what the record plans when the handler runs. */
    private void keepFollowUp(long tenantId, long recordId) {
        TenantContext.runAs(tenantId, () -> todos.keepFollowUp(recordId, () -> followUps.of(recordId).map(p -> {
            String name = customers.names(List.of(p.customerId())).getOrDefault(p.customerId(), "");
            return new TodoService.PlannedFollowUp(p.ownerId(), p.customerId(), name, p.at());
        })));
    }
}
