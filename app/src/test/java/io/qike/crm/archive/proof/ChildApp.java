package io.qike.crm.archive.proof;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Qike as a process of its own (main class {@code io.qike.crm.QikeApplication}, the test's class path without the test
 * classes, whose test configurations would be component-scanned), against a database it does not own, on a fixed port
 * so that a restarted node keeps the base URL its demo connection stored. {@link #kill} is SIGKILL: no shutdown hook,
 * no finally block, no transaction committed that was not already.
 */
final class ChildApp implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> command;
    private final Path log;
    final int port;
    private Process process;
    private int starts;

    ChildApp(int port, Path dataDir, String jdbcUrl, String adminPassword, Path log, List<String> extraArgs) {
        this.port = port;
        this.log = log;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/")).collect(Collectors.joining(File.pathSeparator));
        command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dqike.admin-password=" + adminPassword, "-cp", classPath, "io.qike.crm.QikeApplication",
                "--server.port=" + port, "--qike.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--logging.level.root=warn", "--logging.level.io.qike=info"));
        command.addAll(extraArgs);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Starts the process and waits until {@code GET /api/v1/status} answers 200; milliseconds taken. */
    long start(Duration timeout) throws Exception {
        Files.createDirectories(log.getParent());
        if (starts == 0) Files.deleteIfExists(log);
        Files.writeString(log, "\n===== start " + (++starts) + " =====\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        long t0 = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = t0 + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Qike exited with " + process.exitValue() + "; see " + log);
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/status"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return (System.nanoTime() - t0) / 1_000_000;
            } catch (IOException notYet) {
                // refused until Tomcat listens
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Qike did not answer /api/v1/status within " + timeout + "; see " + log);
    }

    /** SIGKILL (Process.destroyForcibly on Linux), then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("Qike survived SIGKILL");
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    /** SIGTERM, then SIGKILL if it does not stop. */
    @Override
    public void close() throws InterruptedException {
        if (!alive()) return;
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) kill();
    }
}
