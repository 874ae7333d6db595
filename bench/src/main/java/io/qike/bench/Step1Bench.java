package io.qike.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The step-1 benchmark: cold start and warm restart of the real app jar, a generated million
 * customers, keyword-search latency, authenticated API throughput and import throughput. Run
 * from the repository root through bench/run.sh; prints a table and writes
 * bench/results/step1-<timestamp>.json.
 */
public final class Step1Bench {
    static final String PASSWORD = "Bench-Passw0rd!";

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Path root = Path.of("").toAbsolutePath();
        // As ./run.sh starts it: the extracted layout (bench/run.sh extracts it after the build).
        Path jar = root.resolve("app/target/qike/qike.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException(jar + " is missing: run bench/run.sh (it builds first)");
        String ts = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path work = root.resolve("bench/target");
        Path dataDir = work.resolve("data-" + ts);
        Path logs = work.resolve("logs-" + ts);
        Files.createDirectories(logs);

        Population population = new Population(o.number("customers"), o.integer("tenants"), o.decimal("big-share"),
                o.integer("users-per-tenant"));
        Companies companies = new Companies(o.number("seed"));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("benchmark", "qike step 1");
        results.put("startedAt", OffsetDateTime.now().toString());
        results.put("machine", machine());
        results.put("options", o.all());
        // Other work on a shared machine skews every figure: keep the load average beside them.
        Map<String, Object> loadAverage = new LinkedHashMap<>();
        results.put("loadAverage", loadAverage);
        loadAverage.put("atStart", loadAverage());
        long runStart = System.nanoTime();

        // 1. Cold start on an empty data folder (initdb of the embedded PostgreSQL included), then a warm restart.
        Map<String, Object> startup = new LinkedHashMap<>();
        results.put("startup", startup);
        AppProcess app = AppProcess.start(jar, dataDir, logs.resolve("app-cold.log"), o.get("app-heap"));
        try {
            startup.put("coldStartMs", app.awaitReady(new Http(app.port), Duration.ofMinutes(3)));
            startup.put("coldDemoSeededMs", app.awaitOutput("Qike demo enterprise created", Duration.ofMinutes(3)));
            startup.put("coldEmbeddedPostgresMs", app.embeddedPostgres()[1]);
            startup.put("coldSpringStartedSeconds", app.springStartedSeconds());
        } finally {
            app.close();
        }
        System.out.printf("Cold start: %,d ms to /api/v1/status 200 (embedded PostgreSQL incl. initdb %,d ms)%n",
                startup.get("coldStartMs"), startup.get("coldEmbeddedPostgresMs"));
        app = AppProcess.start(jar, dataDir, logs.resolve("app.log"), o.get("app-heap"));
        try {
            Http http = new Http(app.port);
            startup.put("warmRestartMs", app.awaitReady(http, Duration.ofMinutes(3)));
            EmbeddedLogin db = EmbeddedLogin.of(app.embeddedPostgres()[0], dataDir);
            startup.put("warmEmbeddedPostgresMs", app.embeddedPostgres()[1]);
            startup.put("warmSpringStartedSeconds", app.springStartedSeconds());
            System.out.printf("Warm restart: %,d ms (embedded PostgreSQL %,d ms); app log: %s%n", startup.get("warmRestartMs"),
                    startup.get("warmEmbeddedPostgresMs"), app.log());

            // 2. Generated data, loaded straight into the database as its owner.
            System.out.printf("Loading %,d customers into %d tenants (%.0f %% in the big one)...%n", population.customers(),
                    population.tenants(), population.bigShare() * 100);
            DataLoader loader = new DataLoader(db, population, companies, PASSWORD);
            DataLoader.Result loaded = loader.load(o.integer("load-threads"));
            results.put("load", loaded.figures());
            loadAverage.put("afterLoad", loadAverage());
            System.out.println("Loaded: " + loaded.figures());
            DataLoader.Tenant big = loaded.tenants().get(0);

            String adminToken = http.login(Population.login(0, Population.ADMIN), PASSWORD);
            String repToken = http.login(Population.login(0, population.firstRep()), PASSWORD);
            String managerToken = http.login(Population.login(0, 1), PASSWORD);
            long[] team = java.util.stream.IntStream.range(0, o.integer("users-per-tenant")).filter(population::inFirstManagersTeam)
                    .mapToLong(u -> big.userIds()[u]).toArray();

            // 3. Keyword search latency, one client.
            results.put("search", new SearchBench(http, companies, population, o.number("seed"))
                    .run(adminToken, repToken, managerToken, o.integer("queries"), o.integer("warmup-queries"), o.integer("class-budget-seconds"),
                            new SearchBench.ExplainTarget(db, big.id(), big.userIds()[population.firstRep()], team)));

            // 4. Authenticated read throughput against the trivial status probe.
            loadAverage.put("afterSearch", loadAverage());
            long[] ids = customerIds(loader, big.id());
            results.put("throughput", new ThroughputBench(app.port, o.integer("clients"),
                    Duration.ofSeconds(o.integer("throughput-warmup")), Duration.ofSeconds(o.integer("throughput-seconds")))
                    .run(adminToken, ids, o.number("seed")));

            loadAverage.put("afterThroughput", loadAverage());
            // Serials after the loaded and the imported ones, so that no credit code repeats.
            results.put("create", new CreateBench(http, companies).run(adminToken,
                    population.customers() + o.integer("import-rows"), o.integer("creates"), 60));
            // 5. Import last: it adds rows to the big tenant, which would shift the figures above.
            if (o.flag("skip-import")) {
                results.put("import", Map.of("skipped", "--skip-import"));
            } else {
                results.put("import", new ImportBench(http, companies, logs).run(adminToken, population.customers(),
                        o.integer("import-rows"), o.integer("import-timeout")));
            }
        } finally {
            app.close();
        }
        // 6. The first searches after a restart: the name statistics load in the background and no search waits.
        app = AppProcess.start(jar, dataDir, logs.resolve("app-restart.log"), o.get("app-heap"));
        try {
            Http restarted = new Http(app.port);
            app.awaitReady(restarted, Duration.ofMinutes(3));
            String token = restarted.login(Population.login(0, Population.ADMIN), PASSWORD);
            results.put("searchAfterRestart", new SearchBench(restarted, companies, population, o.number("seed")).afterRestart(token, 200));
        } finally {
            app.close();
        }
        loadAverage.put("atEnd", loadAverage());
        results.put("totalSeconds", (System.nanoTime() - runStart) / 1_000_000_000L);

        String table = Report.table(results);
        System.out.println();
        System.out.println(table);
        Path out = root.resolve("bench/results/step1-" + ts + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Files.writeString(root.resolve("bench/results/step1-" + ts + ".txt"), table);
        System.out.println("Results: " + root.relativize(out));
        if (!o.flag("keep-data")) deleteTree(dataDir);
    }

    private static long[] customerIds(DataLoader loader, long tenantId) throws Exception {
        try (Connection c = loader.connect();
             PreparedStatement ps = c.prepareStatement("select id from customer where tenant_id = ? order by id")) {
            ps.setLong(1, tenantId);
            ps.setFetchSize(50_000);
            c.setAutoCommit(false); // makes the driver stream with the fetch size
            Latencies ids = new Latencies(); // a growable long array
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids.toArray();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try {
            String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
            m.put("memory", mem);
            m.put("cpu", Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("?"));
        } catch (IOException | RuntimeException e) {
            m.put("memory", "?");
        }
        return m;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
