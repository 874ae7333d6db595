package io.qike.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.IntPredicate;
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

    /**
     * Runs each class for {@code queries} searches or until its time budget is spent, whichever
     * comes first (a class that takes seconds per search would otherwise run for hours). A class
     * whose p95 misses the target gets EXPLAIN ANALYZE of its slowest keyword in the results.
     */
    Map<String, Object> run(String adminToken, String repToken, String managerToken, int queries, int warmup, int budgetSeconds,
                            ExplainTarget explain) throws Exception {
        /** {@code owners}: the searching user's visible owners for EXPLAIN, null for everyone. */
        record QueryClass(String key, String label, String token, Function<SplittableRandom, String> keyword, long[] owners) {
        }
        IntPredicate anyone = owner -> true;
        IntPredicate rep = owner -> owner == population.firstRep();
        IntPredicate team = population::inFirstManagersTeam;
        List<Function<SplittableRandom, String>> kinds = List.of(r -> bigram(company(r, anyone)), r -> fragment(company(r, anyone), r),
                r -> codePrefix(company(r, anyone), r), r -> phoneSuffix(company(r, anyone), r));
        List<QueryClass> classes = List.of(
                new QueryClass("keyword2", "2-char keyword (trade-name bigram)", adminToken, kinds.get(0), null),
                new QueryClass("fragment3to6", "name fragment, 3-6 chars", adminToken, kinds.get(1), null),
                new QueryClass("codePrefix4to10", "credit-code prefix, 4-10 chars", adminToken, kinds.get(2), null),
                new QueryClass("phoneSuffix4to6", "phone suffix, 4-6 digits", adminToken, kinds.get(3), null),
                // Not the bench's own trade names: the words most names share (科技, 有限公司, a city), and substrings
                // cut anywhere in a real name, as an outside tester picks them.
                new QueryClass("frequentWords", "frequent words (region, industry, legal form)", adminToken, SearchBench::frequentWord, null),
                new QueryClass("anySubstring2to6", "any substring of a name, 2-6 chars", adminToken, r -> anySubstring(company(r, anyone), r), null),
                // A sales rep sees only their own customers: half the keywords come from those, half from anyone's.
                new QueryClass("selfScopedRep", "SELF-scoped sales rep, mixed kinds", repToken, mixed(rep), new long[]{explain.repUserId()}),
                // A sales manager sees their department's (their own and about a dozen reps'), the same mix.
                new QueryClass("teamScopedManager", "team-scoped sales manager, mixed", managerToken, mixed(team), explain.teamUserIds()));
        System.out.printf("Search: warm-up of %d queries per class (%d s at most each)%n", warmup, budgetSeconds / 4);
        for (int i = 0; i < classes.size(); i++) {
            SplittableRandom r = new SplittableRandom(seed * 7919 + 1000 + i);
            QueryClass qc = classes.get(i);
            long end = System.nanoTime() + budgetSeconds / 4 * 1_000_000_000L;
            for (int n = 0; n < warmup && System.nanoTime() < end; n++) search(qc.keyword().apply(r), qc.token());
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
            String slowest = null;
            long slowestNanos = -1;
            long end = System.nanoTime() + budgetSeconds * 1_000_000_000L;
            for (int n = 0; n < queries && System.nanoTime() < end; n++) {
                String kw = qc.keyword().apply(r);
                if (examples.size() < 6) examples.add(kw);
                long t0 = System.nanoTime();
                Http.Response resp = search(kw, qc.token());
                long took = System.nanoTime() - t0;
                lat.add(took);
                if (took > slowestNanos) {
                    slowestNanos = took;
                    slowest = kw;
                }
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
            int done = lat.count();
            if (done < queries) m.put("stoppedByBudget", "only " + done + " of " + queries + " searches fitted in " + budgetSeconds + " s");
            m.put("meanTotal", Latencies.round((double) totalHits / Math.max(1, done - errors)));
            m.put("noHits", empty);
            m.put("totalCapped", capped);
            m.put("examples", examples);
            m.put("slowest", Map.of("keyword", slowest == null ? "" : slowest, "ms", Latencies.round(slowestNanos / 1e6)));
            out.put(qc.key(), m);
            System.out.printf("  %-46s p50 %6.1f  p95 %6.1f  p99 %6.1f  p99.9 %6.1f  max %6.1f ms  (mean hits %,.0f, capped %d, errors %d)%n",
                    qc.label(), lat.percentileMs(50), lat.percentileMs(95), lat.percentileMs(99), lat.percentileMs(99.9),
                    lat.percentileMs(100), (double) totalHits / Math.max(1, done - errors), capped, errors);
            if (done < queries) System.out.printf("    stopped by the time budget after %d searches%n", done);
            if (lat.percentileMs(95) > Report.SEARCH_P95_TARGET_MS && slowest != null && explain != null) {
                try {
                    List<String> plans = Explain.plans(explain.db(), explain.tenantId(), slowest, qc.owners());
                    m.put("explainSlowest", plans);
                    System.out.println("    EXPLAIN ANALYZE of the slowest keyword '" + slowest + "':");
                    plans.forEach(p -> System.out.println(p.indent(6)));
                } catch (Exception e) {
                    m.put("explainSlowest", List.of("EXPLAIN failed: " + e));
                }
            }
        }
        return out;
    }

    /** Where EXPLAIN runs: the embedded database, the big tenant, the SELF-scoped rep's and the manager's team's user ids. */
    record ExplainTarget(EmbeddedLogin db, long tenantId, long repUserId, long[] teamUserIds) {
    }

    /** Keywords of all four kinds, half cut from customers whose owner matches, half from anyone's. */
    private Function<SplittableRandom, String> mixed(IntPredicate owners) {
        return r -> {
            Companies.Company c = company(r, r.nextBoolean() ? owners : owner -> true);
            return switch (r.nextInt(4)) {
                case 0 -> bigram(c);
                case 1 -> fragment(c, r);
                case 2 -> codePrefix(c, r);
                default -> phoneSuffix(c, r);
            };
        };
    }

    private Http.Response search(String keyword, String token) throws Exception {
        return http.get("/api/v1/customers?q=" + URLEncoder.encode(keyword, StandardCharsets.UTF_8), token);
    }

    /** A random row of the big tenant (tenant 0) whose owner (a user index) matches. */
    private Companies.Company company(SplittableRandom r, IntPredicate owner) {
        while (true) {
            long serial = r.nextLong(population.customers());
            if (population.tenantOf(serial) != 0) continue;
            if (!owner.test(population.ownerOf(serial))) continue;
            return companies.company(serial);
        }
    }

    /** Words a great many names share: legal forms, industries, regions and their two-character pieces. */
    private static final String[] FREQUENT = {"科技", "有限", "公司", "有限公司", "科技有限", "科技有限公司", "责任", "集团", "股份",
            "贸易", "实业", "信息", "技术", "网络", "电子", "商贸", "发展", "管理", "咨询", "服务", "北京", "上海", "深圳", "广州",
            "杭州", "南京", "成都", "武汉", "江苏", "浙江", "广东", "山东", "信息技术", "网络科技", "电子商务", "投资管理"};

    private static String frequentWord(SplittableRandom r) {
        return FREQUENT[r.nextInt(FREQUENT.length)];
    }

    /** A substring of the whole registered name, anywhere in it (region, brand, industry or legal form). */
    private static String anySubstring(Companies.Company c, SplittableRandom r) {
        String name = c.name();
        int len = Math.min(name.length(), 2 + r.nextInt(5));
        int start = r.nextInt(name.length() - len + 1);
        return name.substring(start, start + len);
    }

    /** The first searches a restarted app answers: before the statistics are loaded, and while they load. */
    Map<String, Object> afterRestart(String adminToken, int count) throws Exception {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        Latencies lat = new Latencies();
        long first = -1;
        for (int n = 0; n < count; n++) {
            String kw = n % 2 == 0 ? frequentWord(r) : anySubstring(company(r, owner -> true), r);
            long t0 = System.nanoTime();
            search(kw, adminToken);
            long took = System.nanoTime() - t0;
            if (first < 0) first = took;
            lat.add(took);
        }
        Map<String, Object> m = new LinkedHashMap<>(lat.summary());
        m.put("firstMs", Latencies.round(first / 1e6));
        System.out.printf("  first search after a restart %.1f ms; the first %d: p95 %.1f, max %.1f ms%n", first / 1e6, count,
                lat.percentileMs(95), lat.percentileMs(100));
        return m;
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
