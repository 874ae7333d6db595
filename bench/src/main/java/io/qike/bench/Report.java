package io.qike.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The results as a fixed-width text table, with the step-1 targets and whether each was met. */
final class Report {
    static final double SEARCH_P95_TARGET_MS = 30;
    /** No single search may take longer, after a restart or across a statistics refresh included. */
    static final double SEARCH_MAX_TARGET_MS = 300;
    static final double IMPORT_TARGET_ROWS_PER_S = 2000;
    static final double THROUGHPUT_RATIO_TARGET = 0.5;

    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> r) {
        List<String[]> rows = new ArrayList<>();
        Map<String, Object> options = (Map<String, Object>) r.get("options");
        Map<String, Object> startup = (Map<String, Object>) r.get("startup");
        Map<String, Object> load = (Map<String, Object>) r.get("load");
        rows.add(new String[]{"cold start: process -> /status 200", sec(startup.get("coldStartMs")) + " (PostgreSQL incl. initdb "
                + sec(startup.get("coldEmbeddedPostgresMs")) + "; demo enterprise seeded at " + sec(startup.get("coldDemoSeededMs")) + ")", "", ""});
        rows.add(new String[]{"warm restart, same data dir", sec(startup.get("warmRestartMs")) + " (PostgreSQL "
                + sec(startup.get("warmEmbeddedPostgresMs")) + ")", "", ""});
        if (load != null) {
            rows.add(new String[]{"load " + String.format("%,d", (Long) load.get("customerRows")) + " customers",
                    sec(load.get("totalMs")) + " (COPY " + sec(load.get("copyMs")) + ", indexes " + sec(load.get("indexBuildMs"))
                            + ", vacuum analyze " + sec(load.get("vacuumAnalyzeMs")) + "), table+indexes "
                            + load.get("customerTotalMB") + " MB", "", ""});
        }
        Map<String, Object> search = (Map<String, Object>) r.get("search");
        if (search != null) {
            for (Object v : search.values()) {
                Map<String, Object> c = (Map<String, Object>) v;
                double p95 = (Double) c.get("p95Ms");
                double max = (Double) c.get("maxMs");
                rows.add(new String[]{"search: " + c.get("label") + " p50/p95/p99/p99.9/max ms",
                        c.get("p50Ms") + " / " + p95 + " / " + c.get("p99Ms") + " / " + c.get("p999Ms") + " / " + max
                                + "  (n=" + c.get("count") + ", mean hits " + String.format("%,.0f", (Double) c.get("meanTotal")) + ")",
                        "p95 <= " + (int) SEARCH_P95_TARGET_MS + ", max <= " + (int) SEARCH_MAX_TARGET_MS,
                        ok(p95 <= SEARCH_P95_TARGET_MS && max <= SEARCH_MAX_TARGET_MS && (Integer) c.get("errors") == 0)});
            }
        }
        Map<String, Object> restart = (Map<String, Object>) r.get("searchAfterRestart");
        if (restart != null) {
            double max = (Double) restart.get("maxMs");
            rows.add(new String[]{"search: the first " + restart.get("count") + " after a restart, first/p95/max ms",
                    restart.get("firstMs") + " / " + restart.get("p95Ms") + " / " + max, "max <= " + (int) SEARCH_MAX_TARGET_MS,
                    ok(max <= SEARCH_MAX_TARGET_MS)});
        }
        Map<String, Object> tp = (Map<String, Object>) r.get("throughput");
        if (tp != null) {
            for (String key : List.of("customerById", "status")) {
                Map<String, Object> t = (Map<String, Object>) tp.get(key);
                rows.add(new String[]{t.get("label") + ", " + tp.get("clients") + " clients", String.format("%,.0f req/s, p50 %s ms, p99 %s ms%s",
                        (Double) t.get("requestsPerSecond"), t.get("p50Ms"), t.get("p99Ms"),
                        ((Long) t.get("errors")) > 0 ? ", errors " + t.get("errors") : ""), "", ""});
            }
            double ratio = (Double) tp.get("authenticatedToStatusRatio");
            rows.add(new String[]{"authenticated / status req/s", String.format("%.0f %%", ratio * 100), ">= 50 %",
                    ok(ratio >= THROUGHPUT_RATIO_TARGET)});
        }
        Map<String, Object> create = (Map<String, Object>) r.get("create");
        if (create != null) {
            rows.add(new String[]{"create one customer (POST), p50/p95/max ms", create.get("p50Ms") + " / " + create.get("p95Ms") + " / "
                    + create.get("maxMs") + "  (n=" + create.get("count") + ")", "", ""});
        }
        Map<String, Object> imp = (Map<String, Object>) r.get("import");
        if (imp != null) {
            String label = "import " + String.format("%,d", ((Number) imp.getOrDefault("rows", 0)).intValue()) + "-row xlsx";
            if (imp.containsKey("skipped")) {
                rows.add(new String[]{label, String.valueOf(imp.get("skipped")), ">= 2,000 rows/s", "n/a"});
            } else if (imp.containsKey("rowsPerSecond")) {
                double rate = (Double) imp.get("rowsPerSecond");
                long imported = (Long) imp.get("imported");
                boolean all = imported == ((Number) imp.get("rows")).longValue();
                rows.add(new String[]{label, String.format("%,.0f rows/s (%s s, imported %,d%s)", rate, imp.get("seconds"), imported,
                        all ? "" : ", error rows " + imp.get("errorRows")), ">= 2,000 rows/s", ok(all && rate >= IMPORT_TARGET_ROWS_PER_S)});
            } else {
                rows.add(new String[]{label, String.format("%s after %s s: %,d processed (%,.0f rows/s)", imp.get("status"), imp.get("seconds"),
                        (Long) imp.get("processed"), (Double) imp.get("processedPerSecond")), ">= 2,000 rows/s", "MISSED"});
            }
        }
        int[] w = new int[4];
        String[] head = {"metric", "value", "target", ""};
        for (String[] row : withHead(head, rows)) for (int i = 0; i < 4; i++) w[i] = Math.max(w[i], width(row[i]));
        StringBuilder sb = new StringBuilder();
        sb.append("Qike step-1 benchmark, ").append(r.get("startedAt")).append(", ").append(options.get("customers"))
                .append(" customers, ").append(((Map<String, Object>) r.get("machine")).get("cores")).append(" cores, total ")
                .append(r.get("totalSeconds")).append(" s\n");
        sb.append("load average (1/5/15 min) at start: ").append(((Map<String, Object>) r.get("loadAverage")).get("atStart")).append("\n");
        for (String[] row : withHead(head, rows)) {
            for (int i = 0; i < 4; i++) sb.append(pad(row[i], w[i])).append(i < 3 ? " | " : "\n");
        }
        return sb.toString();
    }

    private static List<String[]> withHead(String[] head, List<String[]> rows) {
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        return all;
    }

    private static String ok(boolean met) {
        return met ? "ok" : "MISSED";
    }

    private static String sec(Object ms) {
        return ms == null ? "?" : String.format("%.1f s", ((Number) ms).longValue() / 1000.0);
    }

    /** Display width: CJK characters take two columns in a terminal. */
    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return w;
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - width(s)));
    }
}
