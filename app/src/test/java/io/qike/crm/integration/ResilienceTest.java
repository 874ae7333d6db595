package io.qike.crm.integration;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.CallCounters;
import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.CredentialStore;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Retries only for retryable failures, the circuit breaker, budgets, timeouts and limits, counted at the simulator. */
@IntegrationTest
class ResilienceTest {
    static final String QCC_BASIC = "ECIV4/GetBasicDetailsByName", TYC_BASIC = "services/open/ic/baseinfo/normal";
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired Providers providers;
    @Autowired ApiInterfaceService interfaces;
    @Autowired ConnectionService connections;
    @Autowired ActionFlows flows;
    @Autowired CompanyDataSet companies;
    @Autowired FaultRegistry faults;
    @Autowired CallCounters counters;
    @Autowired CredentialStore credentials;
    @Autowired CallLedger ledger;
    @Autowired FlowRunService runs;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    TestTenant t;
    String key, company;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        providers.as(t.adminId(), port);
        key = "key-" + UUID.randomUUID();
        company = companies.get(21).name();
    }

    @AfterEach
    void clearFaults() {
        faults.clear();
    }

    CallResult call(ApiInterface api, Connection c) {
        return providers.run(() -> interfaces.testCall(api.id(), c.id(), Map.of("keyword", company)));
    }

    ApiInterface qichacha(ConnectionLimits limits, Connection[] out, String connKey) {
        credentials.put(Credential.of(Provider.QICHACHA, key, "secret-" + key));
        long connector = providers.connector("企查查");
        out[0] = providers.connection(connector, "/sandbox/qichacha", AuthScheme.QICHACHA_TOKEN, null, connKey, "secret-" + key, limits);
        return providers.qichachaBasic(connector);
    }

    ApiInterface tianyancha(ConnectionLimits limits, Connection[] out) {
        credentials.put(Credential.of(Provider.TIANYANCHA, key, null));
        long connector = providers.connector("天眼查");
        out[0] = providers.connection(connector, "/sandbox/tianyancha", AuthScheme.HEADER_KEY, "Authorization", null, key, limits);
        return providers.tianyanchaBaseInfo(connector);
    }

    @Test
    void a500IsRetriedAndARateLimitCodeToo() {
        Connection[] c = new Connection[1];
        ApiInterface api = qichacha(Providers.limits(2, 10, 30, 0), c, key);
        faults.add(Fault.httpError(Provider.QICHACHA, key, QCC_BASIC, 500).times(1));
        CallResult r = call(api, c[0]);
        assertThat(r.status()).as(r.toString()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(counters.calls(Provider.QICHACHA, key, QCC_BASIC)).isEqualTo(2);

        faults.add(Fault.bodyCode(Provider.QICHACHA, key, QCC_BASIC, "120").times(2));
        CallResult busy = call(api, c[0]);
        assertThat(busy.status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(busy.attempts()).isEqualTo(3);
        assertThat(counters.calls(Provider.QICHACHA, key, QCC_BASIC)).isEqualTo(5);
    }

    @Test
    void anInvalidKeyOrArrearsIsNeverRetried() {
        Connection[] c = new Connection[1];
        ApiInterface api = qichacha(Providers.limits(3, 10, 30, 0), c, "unknown-" + key);
        CallResult invalid = call(api, c[0]);
        assertThat(invalid.providerCode()).isEqualTo("101");
        assertThat(invalid.message()).isEqualTo("企查查 KEY 无效，请检查连接的 Key");
        assertThat(invalid.attempts()).isEqualTo(1);
        assertThat(counters.calls(Provider.QICHACHA, "unknown-" + key, QCC_BASIC)).isEqualTo(1);

        Connection[] d = new Connection[1];
        ApiInterface api2 = qichacha(Providers.limits(3, 10, 30, 0), d, key);
        faults.add(Fault.bodyCode(Provider.QICHACHA, key, QCC_BASIC, "102"));
        CallResult arrears = call(api2, d[0]);
        assertThat(arrears.providerCode()).isEqualTo("102");
        assertThat(arrears.attempts()).isEqualTo(1);
        assertThat(counters.calls(Provider.QICHACHA, key, QCC_BASIC)).isEqualTo(1);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndClosesAfterTheWait() throws Exception {
        Connection[] c = new Connection[1];
        ApiInterface api = tianyancha(Providers.limits(0, 2, 1, 0), c);
        Fault down = faults.add(Fault.httpError(Provider.TIANYANCHA, key, TYC_BASIC, 503));
        assertThat(call(api, c[0]).code()).isEqualTo("http_error");
        assertThat(call(api, c[0]).code()).isEqualTo("http_error");
        CallResult blocked = call(api, c[0]);
        assertThat(blocked.code()).isEqualTo("circuit_open");
        assertThat(blocked.attempts()).isZero();
        assertThat(counters.calls(Provider.TIANYANCHA, key, TYC_BASIC)).isEqualTo(2);
        assertThat(providers.run(() -> connections.circuitState(c[0].id()))).isEqualTo("OPEN");

        faults.remove(down.id());
        // calls keep being refused without reaching the provider until the one-second wait has passed
        CallResult after = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> call(api, c[0]), r -> !"circuit_open".equals(r.code()));
        assertThat(after.status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(counters.calls(Provider.TIANYANCHA, key, TYC_BASIC)).isEqualTo(3);
        assertThat(providers.run(() -> connections.circuitState(c[0].id()))).isEqualTo("CLOSED");
    }

    @Test
    void aDailyBudgetBlocksFurtherCallsWithAClearCodeAndTheLedgerCountsCost() {
        Connection[] c = new Connection[1];
        ApiInterface api = tianyancha(new ConnectionLimits(1000, 3000, 0, 20, 0, 10, null, 2, new java.math.BigDecimal("0.25"), 10, 100, 30), c);
        providers.flow("budget", api, c[0].id());
        List<FlowResult> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) results.add(fixtures.as(t.rep1Id(), () -> flows.invoke("budget", Map.of("keyword", company))));
        assertThat(results.get(1).status()).isEqualTo(FlowStatus.SUCCESS);
        FlowResult blocked = results.get(2);
        assertThat(blocked.status()).isEqualTo(FlowStatus.FAILURE);
        assertThat(blocked.code()).isEqualTo("budget_exhausted");
        assertThat(blocked.messageKey()).isEqualTo("integration.outcome.budget_exhausted");
        assertThat(counters.calls(Provider.TIANYANCHA, key, TYC_BASIC)).isEqualTo(2);
        List<LedgerRow> rows = providers.run(() -> ledger.rows(null, null, c[0].id()));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).calls()).isEqualTo(2);
        assertThat(rows.get(0).successes()).isEqualTo(2);
        assertThat(rows.get(0).cost()).isEqualByComparingTo("0.50");
    }

    @Test
    void aCallMadeInsideWorkThatRollsBackStaysInTheLedgerAndTheRunLog() {
        Connection[] c = new Connection[1];
        ApiInterface api = tianyancha(new ConnectionLimits(1000, 3000, 0, 20, 0, 10, null, 5, new java.math.BigDecimal("0.25"), 10, 100, 30), c);
        providers.flow("rolledBack", api, c[0].id());
        TransactionTemplate work = new TransactionTemplate(transactions);
        FlowResult result = fixtures.as(t.rep1Id(), () -> work.execute(tx -> {
            FlowResult r = flows.invoke("rolledBack", Map.of("keyword", company));
            tx.setRollbackOnly(); // the caller's own work fails after the paid call
            return r;
        }));
        assertThat(result.status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(counters.calls(Provider.TIANYANCHA, key, TYC_BASIC)).isEqualTo(1);
        List<LedgerRow> rows = providers.run(() -> ledger.rows(null, null, c[0].id()));
        assertThat(rows).extracting(LedgerRow::calls).containsExactly(1L);
        assertThat(rows.get(0).cost()).isEqualByComparingTo("0.25");
        assertThat(providers.run(() -> runs.get(result.runId())).flowApiName()).isEqualTo("rolledBack");
    }

    @Test
    void theQpsLimitSpacesCallsOut() {
        Connection[] c = new Connection[1];
        ApiInterface api = tianyancha(new ConnectionLimits(1000, 3000, 0, 20, 2, 10, null, 0, null, 10, 100, 30), c);
        long t0 = System.nanoTime();
        for (int i = 0; i < 3; i++) assertThat(call(api, c[0]).status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat((System.nanoTime() - t0) / 1_000_000).as("the third call waits for the next second").isGreaterThanOrEqualTo(600);
    }

    @Test
    void aSlowProviderTimesOutAndTheConcurrencyLimitQueuesCallers() throws Exception {
        Connection[] c = new Connection[1];
        ConnectionLimits slowLimits = new ConnectionLimits(1000, 300, 0, 10, 0, 1, null, 0, null, 10, 100, 30);
        ApiInterface api = tianyancha(slowLimits, c);
        faults.add(Fault.timeout(Provider.TIANYANCHA, key, TYC_BASIC).times(1));
        CallResult timedOut = call(api, c[0]);
        assertThat(timedOut.code()).isEqualTo("timeout");
        faults.clear(Provider.TIANYANCHA);

        faults.add(Fault.latency(Provider.TIANYANCHA, key, TYC_BASIC, 150));
        long t0 = System.nanoTime();
        List<CompletableFuture<CallResult>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) calls.add(CompletableFuture.supplyAsync(() -> call(api, c[0])));
        for (CompletableFuture<CallResult> f : calls) assertThat(f.get().status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat((System.nanoTime() - t0) / 1_000_000).as("one at a time").isGreaterThanOrEqualTo(450);
    }

    @Test
    void oversizedAnswersAndRedirectsAreRefused() {
        long connector = providers.connector("回显");
        Connection small = providers.connection(connector, "/sandbox/test-echo", AuthScheme.NONE, null, null, null,
                new ConnectionLimits(null, null, 0, null, null, null, 1024, null, null, null, null, null));
        CallResult big = providers.run(() -> interfaces.testCall(providers.echo(connector, "/big").id(), small.id(), Map.of()));
        assertThat(big.code()).isEqualTo("response_too_large");
        CallResult moved = providers.run(() -> interfaces.testCall(providers.echo(connector, "/status/302").id(), small.id(), Map.of()));
        assertThat(moved.code()).isEqualTo("redirect_refused");
        assertThat(moved.attempts()).isEqualTo(1);
    }
}
