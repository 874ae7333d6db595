package io.qike.crm.archive.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.support.Api;
import io.qike.crm.wecom.WecomSandboxSupport;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
    static final int MESSAGES = Integer.getInteger("qike.proof.messages", 5_000);
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

    static ChildApp node(Path dataDir, int port, String name) {
        return new ChildApp(port, dataDir, pg.getJdbcUrl("postgres", "postgres"), PASSWORD,
                Path.of("target", "archive-proof", name + ".log"), List.of(
                        // Small batches: many commits per pull, so that a random kill falls between and inside them.
                        "--qike.wecom.archive.batch=100",
                        "--qike.sandbox.wecom.messages=" + MESSAGES,
                        // A restarted node takes over the job its predecessor left running after 2 s instead of 30 s.
                        "--qike.jobs.stale-after=PT2S", "--qike.jobs.scan-interval=PT1S"));
    }

    @Test
    void killedAtRandomDuringPullsAndRestartedEveryMessageIsStoredOnceAndReadsAsWeComWroteIt() throws Exception {
        long seed = Long.getLong("qike.proof.seed", System.nanoTime());
        System.out.println("ArchiveKillTest seed " + seed + " (-Dqike.proof.seed=" + seed + " repeats it)");
        Random random = new Random(seed);
        try (ChildApp app = node(data, ChildApp.freePort(), "kill")) {
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
            assertThat(count("select count(*) from wecom_archive_message")).isEqualTo(MESSAGES);
            assertThat(count("select count(distinct msgid) from wecom_archive_message")).isEqualTo(MESSAGES);
            assertThat(count("select count(distinct seq) from wecom_archive_message where seq between 1 and " + MESSAGES)).isEqualTo(MESSAGES);
            assertThat(count("select count(*) from wecom_archive_message where status <> 'decrypted'")).isZero();
            assertEveryMessageAsWeComWroteIt(app);
        }
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
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update wecom_archive_cursor set lease_until = now() - interval '1 second' where lease_until is not null");
        }
    }

    static long cursor() throws Exception {
        return count("select coalesce(max(seq), 0) from wecom_archive_cursor");
    }

    static long count(String sql) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** All N stored messages, read with JDBC, against the simulator's plaintext of each seq. */
    static void assertEveryMessageAsWeComWroteIt(ChildApp app) throws Exception {
        Map<Long, String[]> stored = new HashMap<>();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select seq, msgid, content::text from wecom_archive_message")) {
            while (rs.next()) stored.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
        }
        WecomSandboxSupport sandbox = sandbox(app);
        int differ = 0;
        for (long seq = 1; seq <= MESSAGES; seq++) {
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
