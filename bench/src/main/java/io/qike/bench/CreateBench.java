package io.qike.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency of creating one customer through {@code POST /api/v1/customers} at full table size.
 * Not a step-1 target, but every create (and every imported row) runs the duplicate check
 * against all of the tenant's customers, so its cost at scale bounds import throughput.
 */
final class CreateBench {
    private final Http http;
    private final Companies companies;

    CreateBench(Http http, Companies companies) {
        this.http = http;
        this.companies = companies;
    }

    Map<String, Object> run(String token, long firstSerial, int count, int budgetSeconds) throws Exception {
        Latencies lat = new Latencies();
        int errors = 0;
        long end = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        for (int i = 0; i < count && System.nanoTime() < end; i++) {
            Companies.Company c = companies.company(firstSerial + i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", c.name());
            body.put("creditCode", c.creditCode());
            body.put("legalRepresentative", c.legalRepresentative());
            body.put("phone", c.phone());
            body.put("region", c.region());
            body.put("industry", c.industry());
            // Generated names may resemble loaded ones; the bench creates them as a user who confirmed would.
            long t0 = System.nanoTime();
            Http.Response r = http.postJson("/api/v1/customers?confirmSimilar=true", Http.JSON.writeValueAsString(body), token);
            lat.add(System.nanoTime() - t0);
            if (r.status() != 201) {
                if (errors++ == 0) System.err.println("  create answered " + r.status() + ": " + r.body());
            }
        }
        Map<String, Object> m = new LinkedHashMap<>(lat.summary());
        m.put("errors", errors);
        System.out.printf("Create: POST /api/v1/customers x %d: p50 %.1f ms, p95 %.1f ms, max %.1f ms (errors %d)%n", lat.count(),
                lat.percentileMs(50), lat.percentileMs(95), lat.percentileMs(100), errors);
        return m;
    }
}
