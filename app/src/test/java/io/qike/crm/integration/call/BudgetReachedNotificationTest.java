package io.qike.crm.integration.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.notify.Kinds;
import io.qike.crm.notify.Notification;
import io.qike.crm.notify.Notifications;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class BudgetReachedNotificationTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired BudgetGuard budgets;
    @Autowired Notifications notifications;

    private List<Notification> inbox(long userId) {
        return fixtures.as(userId, () -> notifications.mine(false, 0, 100).items());
    }

    @Test
    void theIntegrationAdministratorsAreToldOnceADayWhenABudgetIsUsedUp() {
        TestTenant t = fixtures.tenant();
        long connection = 9_000_000 + t.tenantId();
        TenantContext.runAs(t.tenantId(), () -> {
            assertThat(budgets.tryAcquire(t.tenantId(), connection, 2)).isTrue();
            assertThat(budgets.tryAcquire(t.tenantId(), connection, 2)).isTrue();
            assertThat(budgets.tryAcquire(t.tenantId(), connection, 2)).isFalse();
            // A slot given back and taken again reaches the budget a second time the same day: no second message.
            budgets.release(t.tenantId(), connection, 2);
            assertThat(budgets.tryAcquire(t.tenantId(), connection, 2)).isTrue();
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inbox(t.adminId())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kinds.BUDGET_REACHED);
            assertThat(n.link()).isEqualTo("/admin/integration/connections/" + connection);
            assertThat(n.body()).contains("2");
        }));
        assertThat(inbox(t.rep1Id())).isEmpty();
    }
}
