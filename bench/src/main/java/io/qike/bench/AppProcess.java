package io.qike.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real application, started as {@code java -jar app/target/qike/qike.jar} (the extracted layout
 * ./run.sh uses) in embedded mode on a
 * given data folder, with its output in a log file. Stopped with SIGTERM so that Spring closes the
 * embedded PostgreSQL cleanly (a killed app would leave its postmaster running).
 */
final class AppProcess implements AutoCloseable {
    private static final Pattern PG_READY = Pattern.compile("Embedded PostgreSQL ready on port (\\d+).*\\((\\d+) ms\\)");
    private final Process process;
    private final Path log;
    final int port;
    final long startNanos;

    private AppProcess(Process process, Path log, int port, long startNanos) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startNanos = startNanos;
    }

    static AppProcess start(Path jar, Path dataDir, Path log, String heap) throws IOException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC", "-Dfile.encoding=UTF-8",
                "-jar", jar.toString(), "--server.port=" + port, "--qike.data-dir=" + dataDir.toAbsolutePath(),
                // Statistics reloaded every 30 s, so that the search classes run across several reloads.
                "--qike.search.bigram-statistics-refresh=PT30S"));
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        return new AppProcess(pb.start(), log, port, t0);
    }

    /** Milliseconds from process start until {@code GET /api/v1/status} answers 200. */
    long awaitReady(Http http, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            try {
                if (http.get("/api/v1/status", null).status() == 200) return (System.nanoTime() - startNanos) / 1_000_000;
            } catch (IOException notYet) {
                // connection refused until Tomcat listens
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The app did not answer /api/v1/status within " + timeout + "; see " + log);
    }

    /**
     * Milliseconds from process start until the app's output contains {@code needle}. Used for the
     * demo-enterprise banner: /status answers while the first-start seeding (an application
     * runner) is still going on, and stopping the app then would interrupt it.
     */
    long awaitOutput(String needle, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains(needle)) {
                return (System.nanoTime() - startNanos) / 1_000_000;
            }
            if (!process.isAlive()) throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            Thread.sleep(20);
        }
        throw new IllegalStateException("No '" + needle + "' in " + log + " within " + timeout);
    }

    /** The embedded PostgreSQL's port and its own start time in ms, from the app's log line. */
    int[] embeddedPostgres() throws IOException {
        Matcher m = PG_READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (!m.find()) throw new IllegalStateException("No 'Embedded PostgreSQL ready on port' line in " + log);
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** Spring Boot's own "Started ... in X seconds" figure, or -1. */
    double springStartedSeconds() throws IOException {
        Matcher m = Pattern.compile("Started \\w+ in ([0-9.]+) seconds").matcher(Files.readString(log, StandardCharsets.UTF_8));
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            System.err.println("The app did not stop within 60 s; killing it (its embedded PostgreSQL may be left running)");
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
