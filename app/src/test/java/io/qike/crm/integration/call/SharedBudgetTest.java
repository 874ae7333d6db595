package io.qike.crm.integration.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A daily budget is one count for every app node on the database: two guards (as two nodes would
 * have) racing from eight threads hand out exactly the budget between them, never more.
 */
@IntegrationTest
class SharedBudgetTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired io.qike.crm.platform.org.EnterpriseTime time;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired io.qike.crm.integration.store.OwnTransaction own;
    @Autowired io.qike.crm.integration.store.CallBudgetRepository budgets;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    @Test
    void twoNodesTogetherNeverSpendMoreThanTheBudget() throws Exception {
        TestTenant t = fixtures.tenant();
        BudgetGuard nodeA = new BudgetGuard(time, budgets, own, events);
        BudgetGuard nodeB = new BudgetGuard(time, budgets, own, events);
        long connection = 7_000_000 + t.tenantId(); // counts are per tenant and connection id
        int budget = 25;
        AtomicInteger granted = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                BudgetGuard node = i % 2 == 0 ? nodeA : nodeB;
                calls.add(callers.submit(() -> TenantContext.runAs(t.tenantId(), () -> {
                    if (node.tryAcquire(t.tenantId(), connection, budget)) granted.incrementAndGet();
                })));
            }
            for (Future<?> call : calls) call.get();
        } finally {
            callers.shutdown();
        }
        assertThat(granted.get()).isEqualTo(budget);
        assertThat(TenantContext.callAs(t.tenantId(), () -> nodeB.tryAcquire(t.tenantId(), connection, budget))).isFalse();

        // A call that was not sent gives its slot back, and either node can use it.
        TenantContext.runAs(t.tenantId(), () -> nodeA.release(t.tenantId(), connection, budget));
        assertThat(TenantContext.callAs(t.tenantId(), () -> nodeB.tryAcquire(t.tenantId(), connection, budget))).isTrue();
        assertThat(TenantContext.callAs(t.tenantId(), () -> nodeA.tryAcquire(t.tenantId(), connection, budget))).isFalse();
        // A raised budget applies at once, on every node.
        assertThat(TenantContext.callAs(t.tenantId(), () -> nodeA.tryAcquire(t.tenantId(), connection, budget + 1))).isTrue();
        // Another tenant's connection of the same id has a count of its own.
        TestTenant other = fixtures.tenant();
        assertThat(TenantContext.callAs(other.tenantId(), () -> nodeA.tryAcquire(other.tenantId(), connection, 1))).isTrue();
    }

    @Test
    void theDaysFirstSlotStartsFromTheCallsTheLedgerAlreadyHasAndSurvivesTheCallersRollback() {
        TestTenant t = fixtures.tenant();
        BudgetGuard node = new BudgetGuard(time, budgets, own, events);
        long connection = 8_000_000 + t.tenantId();
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("insert into call_ledger(day, connection_id, interface_id, calls) values (?, ?, 1, 3)")
                .params(node.today(), connection).update());
        // Three calls already made today (say, before an upgrade): a budget of 5 leaves two.
        TransactionTemplate callersWork = new TransactionTemplate(transactions);
        int taken = TenantContext.callAs(t.tenantId(), () -> callersWork.execute(tx -> {
            int n = 0;
            for (int i = 0; i < 4; i++) if (node.tryAcquire(t.tenantId(), connection, 5)) n++;
            tx.setRollbackOnly(); // the caller's own work fails after the calls were made
            return n;
        }));
        assertThat(taken).isEqualTo(2);
        // The calls were made and paid: the caller's rollback does not give their slots back.
        assertThat(TenantContext.callAs(t.tenantId(), () -> node.tryAcquire(t.tenantId(), connection, 5))).isFalse();
    }
}
