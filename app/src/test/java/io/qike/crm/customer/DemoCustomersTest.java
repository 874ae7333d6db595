package io.qike.crm.customer;

import static org.awaitility.Awaitility.await;

import io.qike.crm.platform.DemoTenantCreated;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.database.SystemDatabase;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo customers are added after the demo tenant commits, through the event publication registry. */
@IntegrationTest
class DemoCustomersTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired SystemDatabase system;
    @Autowired io.qike.sandbox.wecom.core.WeComState weCom;

    @Test
    void theDemoCustomersArriveAfterTheCommitAndTheirPublicationIsDone() {
        TestTenant t = fixtures.tenant();
        tx.executeWithoutResult(s -> events.publishEvent(new DemoTenantCreated(t.tenantId(), t.adminId())));

        await().atMost(Duration.ofSeconds(20)).until(() -> customers(t) == 8);
        await().atMost(Duration.ofSeconds(5)).until(() -> system.jdbc().sql(
                "select count(*) from event_publication where event_type like '%DemoTenantCreated' and completion_date is null")
                .query(Long.class).single() == 0);
        // The demo enterprise is also connected to the WeCom simulator's one corp (a corp binds to one enterprise):
        // give the corp and the simulator's callbacks back for the WeCom tests.
        system.jdbc().sql("delete from wecom_connection where tenant_id = ?").param(t.tenantId()).update();
        weCom.reset();
    }

    private long customers(TestTenant t) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from customer").query(Long.class).single());
    }
}
