package io.qike.crm.todo;

import io.qike.crm.customer.CustomerDirectory;
import io.qike.crm.lead.LeadAssigned;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.pool.CustomerRecycleWarned;
import io.qike.crm.salesrecord.FollowUpPlanned;
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

    SystemTodos(TodoService todos, EnterpriseTime time, CustomerDirectory customers) {
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
        TenantContext.runAs(e.tenantId(), () -> {
            String name = customers.names(List.of(e.customerId())).getOrDefault(e.customerId(), "");
            todos.createSystem(FOLLOW_UP, "follow-up:" + e.recordId() + ":" + e.at().toEpochSecond(), e.ownerId(),
                    "todo.system.followUp", List.of(name), name, "CUSTOMER", e.customerId(), e.at(), e.at());
        });
    }
}
