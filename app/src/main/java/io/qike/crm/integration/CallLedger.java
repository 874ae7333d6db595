package io.qike.crm.integration;

import io.qike.crm.integration.call.BudgetGuard;
import io.qike.crm.integration.store.LedgerRepository;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** The call ledger (调用台账): calls, outcomes, latency and cost per day, connection and interface. */
@org.springframework.modulith.NamedInterface("flows")
@Service
@RequiresPermission(Permission.ADMIN_INTEGRATION)
public class CallLedger {
    private final LedgerRepository repository;
    private final BudgetGuard budgets;

    CallLedger(LedgerRepository repository, BudgetGuard budgets) {
        this.repository = repository;
        this.budgets = budgets;
    }

    /** Rows between two days (inclusive; default the last 30 days), optionally of one connection. */
    public List<LedgerRow> rows(LocalDate from, LocalDate to, Long connectionId) {
        LocalDate end = to == null ? budgets.today() : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        return repository.search(start, end, connectionId);
    }

    /** Calls made over a connection today, as counted against its daily budget. */
    public long callsToday(long connectionId) {
        return repository.callsOn(budgets.today(), connectionId);
    }
}
