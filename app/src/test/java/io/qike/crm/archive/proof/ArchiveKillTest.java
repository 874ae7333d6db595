package io.qike.crm.archive.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.support.Api;
import io.qike.crm.wecom.WecomSandboxSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15: Qike killed for real (SIGKILL of its process, not an exception) at random moments of a pull, and started
 * again, loses and duplicates nothing. The product runs as a child process against a PostgreSQL that this test owns
 * and that outlives it, with its in-process WeCom simulator (which regenerates the same archive from its seed at each
 * start) and the demo enterprise, whose archive configures itself at first start and whose key is registered again in
 * the simulator at each start. Pulls are started the way an administrator does (立即拉取, {@code POST
 * /api/v1/wecom/archive/pulls}); the delays before each kill are random, from a seed that is printed
 * ({@code -Dqike.proof.seed=...} repeats a run). At the end every seq 1..N is stored exactly once and each message's
 * content equals the simulator's {@code GET /sandbox/admin/wecom/archive/messages/{seq}}, all N of them.
 */
class ArchiveKillTest {
    static final int MESSAGES = Integer.getInteger("qike.proof.messages", 3_000);
    static final int KILLS = Integer.getInteger("qike.proof.kills", 4);
    static final String PASSWORD = "Proof-Admin-2026!";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static EmbeddedPostgres pg;

    @TempDir Path data;

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        if (pg != null) pg.close();
    }

    static ChildApp node(Path dataDir, int port, String database, String name, int messages, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                // Small batches: many commits per pull, so that a random kill falls between and inside them.
                "--qike.wecom.archive.batch=100",
                "--qike.sandbox.wecom.messages=" + messages,
                // A restarted node takes over the job its predecessor left running after 2 s instead of 30 s.
                "--qike.jobs.stale-after=PT2S", "--qike.jobs.scan-interval=PT1S"));
        args.addAll(List.of(more));
        return new ChildApp(port, dataDir, pg.getJdbcUrl("postgres", database), PASSWORD, Path.of("target", "archive-proof", name + ".log"), args);
    }

    @Test
    void killedAtRandomDuringPullsAndRestartedEveryMessageIsStoredOnceAndReadsAsWeComWroteIt() throws Exception {
        long seed = Long.getLong("qike.proof.seed", System.nanoTime());
        System.out.println("ArchiveKillTest seed " + seed + " (-Dqike.proof.seed=" + seed + " repeats it)");
        Random random = new Random(seed);
        try (ChildApp app = node(data.resolve("kill"), ChildApp.freePort(), "postgres", "kill", MESSAGES)) {
            System.out.println("first start: " + app.start(Duration.ofSeconds(120)) + " ms");
            Api admin = awaitConfigured(app);
            assertThat(sandbox(app).admin("GET", "/archive", null).json().get("messages").asInt()).isEqualTo(MESSAGES);

            for (int round = 1; round <= KILLS; round++) {
                long before = cursor();
                Api.Response started = admin.post("/api/v1/wecom/archive/pulls", "{}");
                assertThat(started.status()).as(started.body()).isEqualTo(202);
                // Once the pull has visibly started (the cursor moved), a random delay, then SIGKILL.
                Api a0 = admin;
                long job = started.json().get("id").asLong();
                try {
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10)).until(() -> cursor() > before);
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    throw new AssertionError("the pull did not start: " + a0.get("/api/v1/wecom/archive/status").body() + " job "
                            + a0.get("/api/v1/wecom/archive/pulls/" + job).body(), e);
                }
                long delay = random.nextInt(1000);
                Thread.sleep(delay);
                app.kill();
                long atKill = cursor();
                assertThat(atKill).as("round %d: the pull must still be running when killed", round).isLessThan(MESSAGES);
                System.out.printf("round %d: pull started at seq %d, killed %d ms after it moved, at seq %d (%d stored rows)%n",
                        round, before, delay, atKill, count("select count(*) from wecom_archive_message"));
                waitOutLease();
                System.out.println("restart: " + app.start(Duration.ofSeconds(120)) + " ms");
                admin = awaitConfigured(app);
            }

            Api.Response last = admin.post("/api/v1/wecom/archive/pulls", "{}");
            assertThat(last.status()).as(last.body()).isEqualTo(202);
            Api a = admin;
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> a.get("/api/v1/wecom/archive/status").json().path("lastSeq").asLong() == MESSAGES);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !a.get("/api/v1/wecom/archive/status").json().path("pulling").asBoolean());

            JsonNode status = admin.get("/api/v1/wecom/archive/status").json();
            assertThat(status.get("lastSeq").asLong()).isEqualTo(MESSAGES);
            assertThat(status.get("messagesStored").asLong()).as("stored count of the cursor").isEqualTo(MESSAGES);
            assertThat(status.get("failed").size()).isZero();
            assertEveryMessageOnceAsWeComWroteIt("postgres", app, MESSAGES);
        }
    }


    /**
     * Two Qike nodes on one database, both pulling the same enterprise at the same time: 立即拉取 on either node, and
     * the scheduled pull every second (Quartz's clustered store gives each run to one node), while WeCom archives more
     * messages (no msgaudit_notify: the demo sets no archive callback), then 立即拉取 on node B until both nodes have stored
     * batches. Both talk to ONE simulator, node A's: the demo
     * connection's base URL, stored in the shared database, points at it (node B's own simulator stays unused). Node B
     * has node A's master key, as nodes of one installation must. Each message stored once, the cursor at the end, its
     * count equal to the rows, and the pull history's ranges, by both nodes, one after another without gap or overlap.
     */
    @Test
    void twoNodesPullingAtOnceStoreEveryMessageOnce() throws Exception {
        int backlog = 1_000, added = 6 * 300;
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database twonodes");
        }
        String[] every = {"--qike.wecom.archive.pull-interval=PT1S"};
        try (ChildApp a = node(data.resolve("a"), ChildApp.freePort(), "twonodes", "node-a", backlog, every);
             ChildApp b = node(data.resolve("b"), ChildApp.freePort(), "twonodes", "node-b", backlog, every)) {
            System.out.println("node A: " + a.start(Duration.ofSeconds(120)) + " ms");
            Api adminA = awaitConfigured(a);
            Files.createDirectories(data.resolve("b"));
            Files.copy(data.resolve("a").resolve("master.key"), data.resolve("b").resolve("master.key"));
            System.out.println("node B: " + b.start(Duration.ofSeconds(120)) + " ms");
            Api adminB = login(b);
            assertThat(adminB.get("/api/v1/wecom/archive/status").json().path("configured").asBoolean()).isTrue();
            WecomSandboxSupport simulator = sandbox(a);

            for (int i = 0; i < 12; i++) {
                if (i % 2 == 0) {
                    Api.Response more = simulator.admin("POST", "/archive/messages", "{\"count\": 300}");
                    assertThat(more.status()).as(more.body()).isEqualTo(200);
                }
                for (Api node : List.of(adminA, adminB)) {
                    Api.Response r = node.post("/api/v1/wecom/archive/pulls", "{}");
                    assertThat(r.status()).as(r.body()).isEqualTo(202);
                }
                Thread.sleep(400);
            }
            // Until each node has stored some batch: more messages and 立即拉取 on node B (node A pulled the backlog
            // on its schedule while B started; the loop gives B its turn, however the schedule falls).
            for (int i = 0; i < 30 && count("twonodes", "select count(distinct node) from wecom_archive_pull where stored > 0") < 2; i++) {
                assertThat(simulator.admin("POST", "/archive/messages", "{\"count\": 50}").status()).isEqualTo(200);
                long job = adminB.post("/api/v1/wecom/archive/pulls", "{}").json().get("id").asLong();
                await().atMost(Duration.ofSeconds(60)).until(() -> adminB.get("/api/v1/wecom/archive/pulls/" + job).json()
                        .path("status").asString().equals("DONE"));
            }
            int total = simulator.admin("GET", "/archive", null).json().get("messages").asInt();
            assertThat(total).isGreaterThan(backlog + added);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> cursor("twonodes") == total
                    && count("twonodes", "select count(*) from wecom_archive_cursor where lease_until > now()") == 0);

            assertThat(count("twonodes", "select count(*) from wecom_archive_cursor")).isEqualTo(1);
            assertThat(count("twonodes", "select messages_stored from wecom_archive_cursor")).isEqualTo(total);
            assertEveryMessageOnceAsWeComWroteIt("twonodes", a, total);

            // The pull history: the pulls that stored something, in seq order, tile 0..total with neither gap nor
            // overlap, and both nodes are among them.
            List<long[]> ranges = new java.util.ArrayList<>();
            List<String> nodes = new java.util.ArrayList<>();
            try (Connection c = connect("twonodes"); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select from_seq, to_seq, stored, node from wecom_archive_pull where to_seq > from_seq order by from_seq")) {
                while (rs.next()) {
                    ranges.add(new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                    nodes.add(rs.getString(4));
                }
            }
            long at = 0;
            for (long[] r : ranges) {
                assertThat(r[0]).as("a pull starting where the one before ended").isEqualTo(at);
                assertThat(r[2]).as("messages stored by the pull %d → %d", r[0], r[1]).isEqualTo(r[1] - r[0]);
                at = r[1];
            }
            assertThat(at).isEqualTo(total);
            assertThat(new java.util.HashSet<>(nodes)).hasSize(2);
            int handovers = 0;
            for (int i = 1; i < nodes.size(); i++) if (!nodes.get(i).equals(nodes.get(i - 1))) handovers++;
            long refused = count("twonodes", "select count(*) from background_job where kind = 'archive.pull'"
                    + " and result->>'outcome' = 'already_pulling'");
            System.out.printf("two nodes: %d messages in %d pulls that stored something, the cursor passed between the nodes"
                    + " %d times; %d 立即拉取 found another puller's lease (already_pulling)%n", total, ranges.size(), handovers, refused);
        }
    }

    static long cursor(String database) throws Exception {
        return count(database, "select coalesce(max(seq), 0) from wecom_archive_cursor");
    }

    /**
     * The demo enterprise's admin, once its archive key pair has a version and the simulator knows that public key (at
     * first start the demo's set-up registers it; at each restart the simulator has forgotten it and Qike registers it
     * again once ready). Status {@code configured} alone is not enough: it is true as soon as the Secret is saved.
     */
    static Api awaitConfigured(ChildApp app) {
        Api admin = login(app);
        WecomSandboxSupport sandbox = sandbox(app);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Integer> ours = admin.get("/api/v1/wecom/archive/keys").json().valueStream()
                    .filter(k -> k.path("version").isNumber()).map(k -> k.get("version").asInt()).sorted().toList();
            List<Integer> registered = sandbox.admin("GET", "/archive", null).json().get("public_keys").valueStream()
                    .map(k -> k.get("publickey_ver").asInt()).sorted().toList();
            return !ours.isEmpty() && ours.equals(registered);
        });
        return admin;
    }

    static Api login(ChildApp app) {
        return new Api(app.port).login("admin", PASSWORD);
    }

    static WecomSandboxSupport sandbox(ChildApp app) {
        return new WecomSandboxSupport(app.port);
    }

    /**
     * A killed puller keeps the cursor's lease until it runs out (5 minutes); until then every pull answers
     * already_pulling. The test stands in for that wait by ending the lease in the database, and nothing else.
     */
    static void waitOutLease() throws Exception {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.executeUpdate("update wecom_archive_cursor set lease_until = now() - interval '1 second' where lease_until is not null");
        }
    }

    static long cursor() throws Exception {
        return count("select coalesce(max(seq), 0) from wecom_archive_cursor");
    }

    static long count(String sql) throws Exception {
        return count("postgres", sql);
    }

    /** As the superuser, which row-level security does not restrict. */
    static Connection connect(String database) throws Exception {
        return java.sql.DriverManager.getConnection(pg.getJdbcUrl("postgres", database));
    }

    static long count(String database, String sql) throws Exception {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Seqs 1..n stored once each, decrypted, read with JDBC, against the simulator's plaintext of each seq. */
    static void assertEveryMessageOnceAsWeComWroteIt(String database, ChildApp app, int n) throws Exception {
        assertThat(count(database, "select count(*) from wecom_archive_message")).isEqualTo(n);
        assertThat(count(database, "select count(distinct msgid) from wecom_archive_message")).isEqualTo(n);
        assertThat(count(database, "select count(distinct seq) from wecom_archive_message where seq between 1 and " + n)).isEqualTo(n);
        assertThat(count(database, "select count(*) from wecom_archive_message where status <> 'decrypted'")).isZero();
        Map<Long, String[]> stored = new HashMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select seq, msgid, content::text from wecom_archive_message")) {
            while (rs.next()) stored.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
        }
        WecomSandboxSupport sandbox = sandbox(app);
        int differ = 0;
        for (long seq = 1; seq <= n; seq++) {
            JsonNode expected = sandbox.admin("GET", "/archive/messages/" + seq, null).json();
            String[] row = stored.get(seq);
            assertThat(row).as("seq %d stored", seq).isNotNull();
            assertThat(row[0]).as("msgid of seq %d", seq).isEqualTo(expected.get("msgid").asString());
            if (!JSON.readTree(row[1]).equals(expected)) {
                if (differ++ < 3) System.out.println("seq " + seq + " differs:\n  stored " + row[1] + "\n  WeCom  " + expected);
            }
        }
        assertThat(differ).as("messages whose content differs from the simulator's").isZero();
    }
}
