package io.qike.crm.platform.database;

import static io.qike.crm.platform.database.EmbeddedDatabaseAccessTest.connect;
import static io.qike.crm.platform.database.EmbeddedDatabaseAccessTest.one;
import static io.qike.crm.platform.database.EmbeddedDatabaseAccessTest.password;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app killed (kill -9, out of memory) while its embedded database runs: the database ends with it, and
 * when even that did not happen (a power loss), the next start takes care of the server left behind.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class EmbeddedDatabaseCrashTest {

    @Test
    void theDatabaseEndsWhenTheAppIsKilled(@TempDir Path dataDir) throws Exception {
        Process app = startApp(dataDir);
        ProcessHandle server = server(dataDir);

        app.destroyForcibly().waitFor();

        await().atMost(Duration.ofSeconds(10)).until(() -> !server.isAlive());
    }

    @Test
    void theNextStartStopsAServerLeftRunningOnTheFolder(@TempDir Path dataDir) throws Exception {
        Process app = startApp(dataDir);
        ProcessHandle server = server(dataDir);
        // Everything of the app dies at once, its watcher too: the server is left without its app.
        List<ProcessHandle> helpers = app.descendants().filter(p -> p.pid() != server.pid()).toList();
        helpers.forEach(ProcessHandle::destroyForcibly);
        helpers.forEach(p -> p.onExit().join());
        app.destroyForcibly().waitFor();
        assertThat(server.isAlive()).as("the server left running").isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir);
             Connection c = connect(db.jdbcUrl(), password(dataDir))) {
            assertThat(one(c, "select 'started'")).isEqualTo("started");
            assertThat(server.isAlive()).as("the server left running").isFalse();
        }
    }

    private static Process startApp(Path dataDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                DatabaseChild.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals("ready")) return app;
            output.append(line).append('\n');
        }
        throw new AssertionError("The app did not start its database:\n" + output);
    }

    private static ProcessHandle server(Path dataDir) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow();
    }
}
