package io.qike.crm.integration.call;

import io.qike.crm.integration.CallBudgetReached;
import io.qike.crm.integration.store.CallBudgetRepository;
import io.qike.crm.integration.store.OwnTransaction;
import io.qike.crm.platform.org.EnterpriseTime;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Daily call budgets per connection, counted in the database ({@code call_budget_use}) so that every
 * app node sharing it takes from the same count. A slot is taken just before a call is sent, by a
 * conditional update that cannot go past the budget however many callers race for the last one, and
 * given back when nothing was sent. The first call of a day starts the count from that day's ledger.
 *
 * <p>Each slot is taken and given back apart from the caller's transaction ({@link OwnTransaction}): inside it
 * the row would stay locked, and every other caller of the connection would wait, until the caller's
 * work committed, and a rollback of that work would hand back a slot whose call was made and paid.
 *
 * <p>A day is the enterprise's day (its time zone, {@link EnterpriseTime}): the daily budget is the enterprise's
 * own spending limit, and the ledger it starts from is read by the enterprise's administrators on its clock.
 * A provider's own daily quota on its side is the provider's to count; it answers with its quota code.
 */
@Component
public class BudgetGuard {
    private final EnterpriseTime time;
    private final CallBudgetRepository budgets;
    private final OwnTransaction own;
    private final org.springframework.context.ApplicationEventPublisher events;

    BudgetGuard(EnterpriseTime time, CallBudgetRepository budgets, OwnTransaction own,
                org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.time = time;
        this.budgets = budgets;
        this.own = own;
    }

    /** Today in the current enterprise: the day budgets and the ledger count. */
    public LocalDate today() {
        return time.today();
    }

    /** Takes one of today's {@code budget} calls of the connection; false when none is left. No budget: always true. */
    boolean tryAcquire(long tenantId, long connectionId, int budget) {
        if (budget <= 0) return true;
        LocalDate today = time.today(tenantId);
        Integer used = own.call(() -> {
            Integer now = budgets.take(tenantId, connectionId, today, budget);
            if (now != null) return now;
            // No row yet today (or none left): start today's count from the ledger, then try once more.
            // A node that started the count first wins the insert; the update then sees its row.
            budgets.startDay(tenantId, connectionId, today);
            return budgets.take(tenantId, connectionId, today, budget);
        });
        // The call that took the last slot tells the administrators (消息提醒), in a transaction of its own so that
        // the event is recorded whether or not the caller has one.
        if (used != null && used == budget) own.always(() -> {
            events.publishEvent(new CallBudgetReached(tenantId, connectionId, budget, today));
            return null;
        });
        return used != null;
    }

    /** Gives back a slot taken today whose call was not sent. */
    void release(long tenantId, long connectionId, int budget) {
        if (budget <= 0) return;
        LocalDate today = time.today(tenantId);
        own.call(() -> budgets.release(tenantId, connectionId, today));
    }
}
