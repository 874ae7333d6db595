package io.qike.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Keyword search latency through the real path: {@code GET /api/v1/customers?q=...} with a bearer
 * token, one client, one request after the other. Keywords are cut from regenerated rows of the
 * big tenant, so popular trade-name characters are searched as often as they occur.
 */
final class SearchBench {
    private final Http http;
    private final Companies companies;
    private final Population population;
    private final long seed;

    SearchBench(Http http, Companies companies, Population population, long seed) {
        this.http = http;
        this.companies = companies;
        this.population = population;
        this.seed = seed;
    }

    Map<String, Object> run(String adminToken, String repToken, int queries, int warmup) throws Exception {
        record QueryClass(String key, String label, String token, Function<SplittableRandom, String> keyword) {
        }
        List<Function<SplittableRandom, String>> kinds = List.of(r -> bigram(company(r, false)), r -> fragment(company(r, false), r),
                r -> codePrefix(company(r, false), r), r -> phoneSuffix(company(r, false), r));
        List<QueryClass> classes = List.of(
                new QueryClass("keyword2", "2-char keyword (trade-name bigram)", adminToken, kinds.get(0)),
                new QueryClass("fragment3to6", "name fragment, 3-6 chars", adminToken, kinds.get(1)),
                new QueryClass("codePrefix4to10", "credit-code prefix, 4-10 chars", adminToken, kinds.get(2)),
                new QueryClass("phoneSuffix4to6", "phone suffix, 4-6 digits", adminToken, kinds.get(3)),
                // A sales rep sees only their own customers: half the keywords come from those, half from anyone's.
                new QueryClass("selfScopedRep", "SELF-scoped sales rep, mixed kinds", repToken, r -> {
                    Companies.Company c = company(r, r.nextBoolean());
                    return switch (r.nextInt(4)) {
                        case 0 -> bigram(c);
                        case 1 -> fragment(c, r);
                        case 2 -> codePrefix(c, r);
                        default -> phoneSuffix(c, r);
                    };
                }));
        System.out.printf("Search: warm-up of %d queries per class%n", warmup);
        for (int i = 0; i < classes.size(); i++) {
            SplittableRandom r = new SplittableRandom(seed * 7919 + 1000 + i);
            QueryClass qc = classes.get(i);
            for (int n = 0; n < warmup; n++) search(qc.keyword().apply(r), qc.token());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            QueryClass qc = classes.get(i);
            SplittableRandom r = new SplittableRandom(seed * 7919 + i);
            Latencies lat = new Latencies();
            long totalHits = 0;
            int empty = 0;
            int capped = 0;
            int errors = 0;
            List<String> examples = new ArrayList<>();
            for (int n = 0; n < queries; n++) {
                String kw = qc.keyword().apply(r);
                if (examples.size() < 6) examples.add(kw);
                long t0 = System.nanoTime();
                Http.Response resp = search(kw, qc.token());
                lat.add(System.nanoTime() - t0);
                if (resp.status() != 200) {
                    if (errors++ == 0) System.err.println("  search '" + kw + "' answered " + resp.status() + ": " + resp.body());
                    continue;
                }
                JsonNode page = resp.json();
                long total = page.path("total").asLong();
                totalHits += total;
                if (total == 0) empty++;
                if (page.path("totalCapped").asBoolean()) capped++;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", qc.label());
            m.putAll(lat.summary());
            m.put("errors", errors);
            m.put("meanTotal", Latencies.round((double) totalHits / Math.max(1, queries - errors)));
            m.put("noHits", empty);
            m.put("totalCapped", capped);
            m.put("examples", examples);
            out.put(qc.key(), m);
            System.out.printf("  %-36s p50 %6.1f  p95 %6.1f  p99 %6.1f ms  (mean hits %,.0f, capped %d, errors %d)%n", qc.label(),
                    lat.percentileMs(50), lat.percentileMs(95), lat.percentileMs(99), (double) totalHits / Math.max(1, queries - errors),
                    capped, errors);
        }
        return out;
    }

    private Http.Response search(String keyword, String token) throws Exception {
        return http.get("/api/v1/customers?q=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8), token);
    }

    /** A random row of the big tenant (tenant 0), or of its first sales rep's own rows. */
    private Companies.Company company(SplittableRandom r, boolean ownedByRep) {
        while (true) {
            long serial = r.nextLong(population.customers());
            if (population.tenantOf(serial) != 0) continue;
            if (ownedByRep && population.ownerOf(serial) != population.firstRep()) continue;
            return companies.company(serial);
        }
    }

    private static String bigram(Companies.Company c) {
        String b = c.brand();
        return b.length() == 2 ? b : b.substring(1 - (int) (c.serial() & 1), 3 - (int) (c.serial() & 1));
    }

    private static String fragment(Companies.Company c, SplittableRandom r) {
        String core = c.core();
        int len = Math.min(core.length(), 3 + r.nextInt(4));
        int start = r.nextInt(core.length() - len + 1);
        return core.substring(start, start + len);
    }

    private static String codePrefix(Companies.Company c, SplittableRandom r) {
        return c.creditCode().substring(0, 4 + r.nextInt(7));
    }

    private static String phoneSuffix(Companies.Company c, SplittableRandom r) {
        String digits = c.phone().replaceAll("\\D", "");
        return digits.substring(digits.length() - (4 + r.nextInt(3)));
    }
}
