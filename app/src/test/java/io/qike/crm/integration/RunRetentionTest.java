package io.qike.crm.integration;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.integration.flow.RunRecorder;
import io.qike.crm.integration.store.RunRepository;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The run log keeps at most the configured number of runs and days, per tenant. */
@IntegrationTest
class RunRetentionTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired Providers providers;
    @Autowired ActionFlows flows;
    @Autowired ActionFlowService admin;
    @Autowired RunRepository repository;
    @Autowired JdbcClient jdbc;

    @Test
    void oldRunsAndRunsBeyondTheLimitAreDeletedOnlyInTheirTenant() {
        TestTenant t = fixtures.tenant(), other = fixtures.tenant();
        for (TestTenant x : new TestTenant[]{t, other}) {
            echoFlow(x);
            for (int i = 0; i < 4; i++) {
                String keyword = "第" + i;
                fixtures.as(x.rep1Id(), () -> flows.invoke("echo", Map.of("keyword", keyword)));
            }
        }
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql(
                "update flow_run set started_at = now() - interval '40 days' where id = (select min(id) from flow_run)").update());
        RunQuery all = new RunQuery(null, null, null, null, null, 0, 50);
        assertThat(TenantContext.callAs(t.tenantId(), () -> repository.search(all, 30, ZoneId.of("Asia/Shanghai")))).hasSize(3);
        assertThat(TenantContext.callAs(t.tenantId(), () -> repository.prune(2, 30))).isEqualTo(2);
        assertThat(TenantContext.callAs(t.tenantId(), () -> repository.search(all, 30, ZoneId.of("Asia/Shanghai"))))
                .extracting(r -> r.inputs().get("keyword")).containsExactly("第3", "第2");
        assertThat(TenantContext.callAs(other.tenantId(), () -> repository.search(all, 30, ZoneId.of("Asia/Shanghai")))).hasSize(4);
    }

    @Test
    void everyHundredthRunPrunesTheLogInTheBackground() throws InterruptedException {
        TestTenant t = fixtures.tenant();
        echoFlow(t);
        fixtures.as(t.rep1Id(), () -> flows.invoke("echo", Map.of("keyword", "最早")));
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("update flow_run set started_at = now() - interval '40 days'").update());
        for (int i = 1; i < RunRecorder.PRUNE_EVERY; i++) fixtures.as(t.rep1Id(), () -> flows.invoke("echo", Map.of("keyword", "后来")));
        await().atMost(Duration.ofSeconds(10)).until(() -> oldRuns(t) == 0);
        assertThat(oldRuns(t)).as("runs past the retention after %d runs", RunRecorder.PRUNE_EVERY).isZero();
        assertThat(TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from flow_run").query(Long.class).single()))
                .isEqualTo(RunRecorder.PRUNE_EVERY - 1L);
    }

    private void echoFlow(TestTenant x) {
        providers.as(x.adminId(), port);
        long connector = providers.connector("回显");
        Connection c = providers.connection(connector, "/sandbox/test-echo", AuthScheme.NONE, null, null, null, null);
        ApiInterface echo = providers.echo(connector, "/plain");
        providers.run(() -> admin.create(new ActionFlowDraft("echo", "回显", null, true, new FlowDefinition(
                List.of(new InterfaceParam("keyword", null, ParamType.STRING, true)),
                List.of(new FlowNode.Call("c", echo.id(), c.id(), List.of(new NameValue("q", "${keyword}")), false, false),
                        new FlowNode.Output("o", List.of(), null))))));
    }

    private long oldRuns(TestTenant t) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from flow_run where started_at < now() - interval '30 days'")
                .query(Long.class).single());
    }
}
