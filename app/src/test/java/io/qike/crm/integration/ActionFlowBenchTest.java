package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.integration.call.ConnectionTarget;
import io.qike.crm.integration.call.ConnectionTargets;
import io.qike.crm.integration.call.InterfaceCaller;
import io.qike.crm.integration.http.OutboundClient;
import io.qike.crm.integration.http.OutboundRequest;
import io.qike.crm.integration.http.SsrfGuard;
import io.qike.crm.integration.store.LedgerRepository;
import io.qike.crm.integration.store.RunRepository;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.CredentialStore;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A measurement, not a check: what an action-flow invocation costs over the raw HTTP call to the
 * in-process Tianyancha simulator (same JVM, same HTTP client and pool settings, same warm-up), and
 * invocations per second at 16 callers with the simulator answering at once and after 200 ms, under
 * the connection's concurrency limit. Run by hand: {@code bench/flows.sh}; a timed assertion would
 * only make the suite flaky on a busy machine. Prints a table and writes it to target/flow-bench.txt.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "qike.bench", matches = "true", disabledReason = "a benchmark: run bench/flows.sh (-Dqike.bench=true)")
class ActionFlowBenchTest {
    static final String TOKEN = "bench-tyc-token", FLOW = "bench_tyc";
    static final int CONCURRENCY = Integer.getInteger("qike.bench.concurrency", 8);
    static final int CALLERS = Integer.getInteger("qike.bench.callers", 16);
    static final int WARMUP = Integer.getInteger("qike.bench.warmup", 3000);
    static final int SAMPLES = Integer.getInteger("qike.bench.samples", 5000);
    static final int SECONDS = Integer.getInteger("qike.bench.seconds", 15);
    static final int LATENCY_MS = 200;

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired Providers providers;
    @Autowired ActionFlows engine;
    @Autowired CompanyDataSet companies;
    @Autowired CredentialStore credentials;
    @Autowired FaultRegistry faults;
    @Autowired SsrfGuard guard;
    @Autowired InterfaceCaller caller;
    @Autowired LedgerRepository ledger;
    @Autowired RunRepository runRepository;
    @Autowired ConnectionTargets targets;
    ApiInterface api;
    long connectionId;
    List<String> names;
    String base;

    @Test
    void overheadAndThroughput() throws Exception {
        // A token of its own without the simulator's QPS and daily limits, so the simulator never refuses.
        credentials.put(new Credential(Provider.TIANYANCHA, TOKEN, null, 0L, 0));
        TestTenant t = fixtures.tenant();
        providers.as(t.adminId(), port);
        long connector = providers.connector("天眼查");
        ConnectionLimits limits = new ConnectionLimits(1000, 5000, 0, 0, 0, CONCURRENCY, null, 0, null, 1000, 100, 1);
        Connection connection = providers.connection(connector, "/sandbox/tianyancha", AuthScheme.HEADER_KEY, "Authorization",
                null, TOKEN, limits);
        api = providers.tianyanchaBaseInfo(connector);
        connectionId = connection.id();
        providers.flow(FLOW, api, connectionId);
        names = companies.companies().subList(0, 1000).stream().map(Company::name).toList();
        base = "http://localhost:" + port + "/sandbox/tianyancha/services/open/ic/baseinfo/normal?keyword=";

        BenchReport report = new BenchReport(CONCURRENCY, CALLERS);
        QikeUser admin = fixtures.user(t.adminId());
        // -Dqike.bench.jfr=/tmp/flows.jfr records a profile of the single-caller part.
        String jfr = System.getProperty("qike.bench.jfr");
        try (OutboundClient raw = new OutboundClient(guard, 1000, 5000, CONCURRENCY);
             Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            as(admin, () -> overhead(raw, report, jfr == null ? null : recording));
            if (jfr != null) recording.dump(Path.of(jfr));
            for (int latency : new int[] {0, LATENCY_MS}) {
                Fault fault = latency == 0 ? null : faults.add(Fault.latency(Provider.TIANYANCHA, TOKEN, null, latency));
                try {
                    report.throughput("raw HTTP", latency, closedLoop(admin, i -> raw(raw, i)));
                    report.throughput("action flow", latency, closedLoop(admin, this::invoke));
                } finally {
                    if (fault != null) faults.remove(fault.id());
                }
            }
        }
        String table = report.toString();
        System.out.println(table);
        Files.writeString(Path.of("target/flow-bench.txt"), table);
    }

    /**
     * One caller; each round makes the raw call, the interface call alone (InterfaceCaller: resilience,
     * signing, rules, ledger) and the flow invocation (plus flow engine and run log), then a ledger
     * upsert and a run-log insert alone, in rotating order, after the same warm-up.
     */
    private void overhead(OutboundClient raw, BenchReport report, Recording recording) {
        // The two writes an invocation makes, alone, to see where the time goes.
        FlowRun run = runRepository.find(engine.invoke(FLOW, Map.of("keyword", names.get(0))).runId()).orElseThrow();
        List<IntPredicate> steps = List.of(i -> raw(raw, i), this::callInterface, this::invoke,
                i -> { ledger.record(LocalDate.now(), connectionId, api.id(), FlowStatus.SUCCESS, 1, null); return true; },
                i -> runRepository.insert(run) > 0);
        for (int i = 0; i < WARMUP; i++) for (IntPredicate step : steps) step.test(i);
        if (recording != null) recording.start();
        long[][] ns = new long[steps.size()][SAMPLES];
        int failures = 0;
        for (int i = 0; i < SAMPLES; i++) {
            for (int k = 0; k < steps.size(); k++) {
                int step = (i + k) % steps.size();
                long a = System.nanoTime();
                if (!steps.get(step).test(i)) failures++;
                ns[step][i] = System.nanoTime() - a;
            }
        }
        assertThat(failures).as("failed calls while measuring").isZero();
        report.overhead(ns[0], ns[1], ns[2], ns[3], ns[4]);
    }

    private boolean callInterface(int i) {
        ConnectionTarget target = targets.target(connectionId);
        return caller.call(api, target, Map.of("keyword", names.get(i % names.size()))).status() == FlowStatus.SUCCESS;
    }

    private boolean invoke(int i) {
        return engine.invoke(FLOW, Map.of("keyword", names.get(i % names.size()))).status() == FlowStatus.SUCCESS;
    }

    private boolean raw(OutboundClient client, int i) {
        try {
            String url = base + URLEncoder.encode(names.get(i % names.size()), StandardCharsets.UTF_8);
            var answer = client.send(new OutboundRequest("GET", URI.create(url), List.of(new NameValue("Authorization", TOKEN)), null, null),
                    2 * 1024 * 1024);
            return answer.status() == 200 && answer.body().contains("\"error_code\":0");
        } catch (IOException e) {
            return false;
        }
    }

    /** {@value #CALLERS} closed-loop callers: a short warm-up, then {@value #SECONDS} s counted. */
    private BenchReport.Loop closedLoop(QikeUser user, IntPredicate call) throws InterruptedException {
        long start = System.nanoTime(), counted = start + 3_000_000_000L, end = counted + SECONDS * 1_000_000_000L;
        BenchReport.Loop loop = new BenchReport.Loop();
        List<Throwable> died = new CopyOnWriteArrayList<>();
        Thread[] callers = new Thread[CALLERS];
        for (int c = 0; c < CALLERS; c++) {
            int offset = c * 1000;
            callers[c] = new Thread(() -> {
                try {
                    as(user, () -> {
                        for (int i = offset; ; i++) {
                            long a = System.nanoTime();
                            if (a >= end) return;
                            boolean ok = call.test(i);
                            if (a >= counted) loop.add(ok, System.nanoTime() - a);
                        }
                    });
                } catch (Throwable e) {
                    died.add(e);
                }
            }, "bench-caller-" + c);
            callers[c].start();
        }
        for (Thread c : callers) c.join();
        assertThat(died).as("callers that died").isEmpty();
        loop.seconds = SECONDS;
        return loop;
    }

    /** Signed in as the user, the way a request of theirs is (looked up once: no login lookups in the measured loops). */
    private static void as(QikeUser user, Runnable work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
