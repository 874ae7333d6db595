package io.qike.crm.integration.call;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.integration.CallLedger;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.EnterpriseSettings;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Today" of the call ledger and of a connection's daily budget is the enterprise's day: an enterprise whose clock
 * is already on another date than Beijing's counts that date's calls against its budget.
 */
@IntegrationTest
class EnterpriseDayTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired EnterpriseSettings settings;
    @Autowired CallLedger ledger;
    @Autowired BudgetGuard budgets;
    @Autowired JdbcClient jdbc;

    @Test
    void theLedgerAndTheDailyBudgetCountTheEnterprisesOwnDay() {
        // Kiritimati is six hours ahead of Beijing, Baker Island twenty behind: at any moment one of them is on another date.
        ZoneId zone = ZoneId.of("Pacific/Kiritimati");
        if (LocalDate.now(zone).equals(LocalDate.now(ZoneId.of("Asia/Shanghai")))) zone = ZoneId.of("Etc/GMT+12");
        LocalDate today = LocalDate.now(zone);
        TestTenant t = fixtures.tenant();
        long connection = 9_000_000 + t.tenantId();
        String zoneId = zone.getId();
        fixtures.asRun(t.adminId(), () -> settings.changeTimeZone(zoneId));
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("insert into call_ledger(day, connection_id, interface_id, calls) values (?, ?, 1, 3)")
                .params(today, connection).update());

        assertThat(fixtures.as(t.adminId(), () -> ledger.callsToday(connection))).isEqualTo(3);
        // Three of today's five calls are made: two are left.
        int granted = TenantContext.callAs(t.tenantId(), () -> {
            int n = 0;
            for (int i = 0; i < 4; i++) if (budgets.tryAcquire(t.tenantId(), connection, 5)) n++;
            return n;
        });
        assertThat(granted).isEqualTo(2);
    }
}
