package io.qike.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options of the step-1 benchmark, {@code --name value}; see bench/README.md. */
final class Options {
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("customers", "1000000");         // generated customers over all tenants
        DEFAULTS.put("tenants", "5");
        DEFAULTS.put("big-share", "0.6");             // the big tenant's share of the customers
        DEFAULTS.put("users-per-tenant", "50");       // 1 admin, 4 managers, the rest sales reps
        DEFAULTS.put("seed", "20261122");
        DEFAULTS.put("load-threads", "2");            // COPY streams and index builds in parallel
        DEFAULTS.put("queries", "1000");              // measured searches per query class
        DEFAULTS.put("warmup-queries", "100");        // unmeasured searches per class first
        DEFAULTS.put("class-budget-seconds", "90");   // time cap per search class (warm-up gets a quarter)
        DEFAULTS.put("clients", "50");
        DEFAULTS.put("throughput-warmup", "15");      // seconds per endpoint, both warmed up before either is measured
        DEFAULTS.put("throughput-seconds", "20");
        DEFAULTS.put("creates", "50");                // single creates through the API (60 s at most)
        DEFAULTS.put("import-rows", "100000");
        DEFAULTS.put("import-timeout", "300");        // seconds to wait for the import job, then the rate so far
        DEFAULTS.put("app-heap", "1g");               // -Xms/-Xmx of the app
        DEFAULTS.put("keep-data", "false");           // keep bench/target/data-<ts> afterwards
        DEFAULTS.put("skip-import", "false");
    }

    private final Map<String, String> values = new LinkedHashMap<>(DEFAULTS);

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("Options (defaults): " + DEFAULTS);
                System.exit(0);
            }
            if (!a.startsWith("--")) throw new IllegalArgumentException("Unexpected argument: " + a);
            String key = a.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (DEFAULTS.containsKey(key) && (DEFAULTS.get(key).equals("false")) && (i + 1 >= args.length || args[i + 1].startsWith("--"))) {
                value = "true"; // a bare flag
            } else {
                if (i + 1 >= args.length) throw new IllegalArgumentException("No value for --" + key);
                value = args[++i];
            }
            if (!DEFAULTS.containsKey(key)) throw new IllegalArgumentException("Unknown option --" + key + "; known: " + DEFAULTS.keySet());
            o.values.put(key, value.replace("_", ""));
        }
        return o;
    }

    String get(String key) {
        return values.get(key);
    }

    int integer(String key) {
        return Integer.parseInt(values.get(key));
    }

    long number(String key) {
        return Long.parseLong(values.get(key));
    }

    double decimal(String key) {
        return Double.parseDouble(values.get(key));
    }

    boolean flag(String key) {
        return Boolean.parseBoolean(values.get(key));
    }

    Map<String, String> all() {
        return values;
    }
}
