package io.qike.crm.registry;

import java.time.Duration;
import org.awaitility.Awaitility;
import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.registry.enrich.EnrichmentJob;
import io.qike.crm.registry.enrich.Enrichments;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.CallCounters;
import io.qike.sandbox.control.Fault;
import io.qike.sandbox.control.FaultRegistry;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The registry's cost and speed figures (bench/README.md). Not a test: it runs only with
 * {@code -Dqike.bench=true} and prints paid calls per created customer, cached lookup latency,
 * the overhead of an uncached lookup over the provider's latency, and bulk enrichment throughput
 * against the configured QPS.
 */
@IntegrationTest
class RegistryBenchTest {
    static final int PROVIDER_LATENCY_MS = 100, QPS = 10;
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired RegistryLookup lookup;
    @Autowired RegistryCustomers registry;
    @Autowired CustomerService customers;
    @Autowired Enrichments enrichments;
    @Autowired CompanyDataSet companies;
    @Autowired CallCounters counters;
    @Autowired FaultRegistry faults;

    @Test
    void registryFigures() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("qike.bench"), "the registry benchmark runs only with -Dqike.bench=true");
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys k = sandbox.only(t.adminId(), port, RegistryProvider.QICHACHA);
        var provider = RegistrySandbox.sandbox(RegistryProvider.QICHACHA);

        // 1. paid calls per created customer: 工商查询 by name, then 工商新建; then the same again within the TTL
        int n = 20;
        for (int i = 0; i < n; i++) {
            Company c = companies.get(5000 + i);
            fixtures.as(t.rep1Id(), () -> { registry.search(c.name()); return registry.create(c.name(), null, null); });
        }
        double perNew = counters.billable(provider, k.key(), null) / (double) n;
        long before = counters.billable(provider, k.key(), null);
        for (int i = 0; i < n; i++) {
            Company c = companies.get(5000 + i);
            fixtures.as(t.rep2Id(), () -> { registry.search(c.name()); return registry.company(c.name()); });
        }
        double perRepeat = (counters.billable(provider, k.key(), null) - before) / (double) n;

        // 2. cached lookup latency, server side: the lookup alone, as a signed-in request would call it
        var rep = fixtures.user(t.rep1Id());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(rep, null, rep.getAuthorities()));
        long[] cached = new long[5000];
        for (int i = 0; i < cached.length; i++) {
            Company c = companies.get(5000 + i % n);
            long t0 = System.nanoTime();
            lookup.detail(c.creditCode());
            cached[i] = System.nanoTime() - t0;
        }

        // 3. uncached lookup overhead over a provider answering in 100 ms
        Fault slow = faults.add(Fault.latency(provider, k.key(), Fault.ANY, PROVIDER_LATENCY_MS));
        long[] overhead = new long[40];
        try {
            for (int i = 0; i < overhead.length; i++) {
                Company c = companies.get(6000 + i);
                long t0 = System.nanoTime();
                RegistryCompany r = lookup.detail(c.creditCode());
                overhead[i] = System.nanoTime() - t0 - PROVIDER_LATENCY_MS * 1_000_000L;
                assertThat(r.found()).isTrue();
            }

            // 4. bulk enrichment throughput at the configured QPS
            sandbox.limits(t.adminId(), RegistryProvider.QICHACHA, QPS, 0);
            int m = 60;
            for (int i = 0; i < m; i++) {
                String name = companies.get(7000 + i).name();
                fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named(name)).id());
            }
            long t0 = System.nanoTime();
            EnrichmentJob job = fixtures.as(t.rep1Id(), () -> enrichments.start(null, true));
            Awaitility.await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> "DONE".equals(fixtures.as(t.rep1Id(), () -> enrichments.get(job.id())).status()));
            double seconds = (System.nanoTime() - t0) / 1e9;
            EnrichmentJob done = fixtures.as(t.rep1Id(), () -> enrichments.get(job.id()));
            double throughput = done.count("ENRICHED") / seconds;
            System.out.printf("%nREGISTRY BENCH (企查查 sandbox, in-process)%n");
            System.out.printf("paid calls per new customer (search + 工商新建): %.2f   per repeat within TTL: %.2f%n", perNew, perRepeat);
            System.out.printf("cached lookup server-side: p50 %.3f ms  p95 %.3f ms  p99 %.3f ms (n=%d)%n", pct(cached, 50), pct(cached, 95),
                    pct(cached, 99), cached.length);
            System.out.printf("uncached lookup overhead over %d ms provider latency: p50 %.1f ms  p95 %.1f ms (n=%d)%n", PROVIDER_LATENCY_MS,
                    pct(overhead, 50), pct(overhead, 95), overhead.length);
            System.out.printf("bulk enrichment: %d customers in %.2f s = %.2f/s at QPS %d = %.0f%% of QPS%n%n", done.count("ENRICHED"),
                    seconds, throughput, QPS, 100 * throughput / QPS);
        } finally {
            faults.remove(slow.id());
            SecurityContextHolder.clearContext();
        }
    }

    static double pct(long[] nanos, int p) {
        long[] sorted = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
