package io.qike.crm.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database server left running on the data folder by a run of Qike that ended without stopping it
 * (killed, out of memory, a crash). Its {@code postmaster.pid} names it; it is stopped the way an
 * administrator would (fast shutdown, then immediate, then killed as a last resort) so that this start
 * can begin, and a {@code postmaster.pid} of a server no longer running is removed. Only called while
 * this process holds the data folder's lock, so the server found is never one a running Qike still uses.
 */
final class LeftoverServer {
    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    static void stop(Programs programs, Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        Optional<ProcessHandle> server = pid(pidFile).flatMap(ProcessHandle::of).filter(p -> serves(p, pgData));
        if (server.isEmpty()) {
            Files.deleteIfExists(pidFile);
            log.info("Removed the postmaster.pid of an embedded PostgreSQL no longer running in {}", pgData);
            return;
        }
        ProcessHandle postmaster = server.get();
        List<ProcessHandle> workers = postmaster.descendants().toList();
        log.warn("The embedded PostgreSQL of an earlier run (PID {}) is still running on {}: stopping it", postmaster.pid(), pgData);
        if (!pgCtlStop(programs, pgData, "fast", 30) && !pgCtlStop(programs, pgData, "immediate", 10)) {
            log.warn("Killing the embedded PostgreSQL (PID {}), which did not stop", postmaster.pid());
            postmaster.destroyForcibly();
        }
        // Its workers leave when they see it gone; a new server cannot start while they hold its shared memory.
        for (ProcessHandle p : concat(postmaster, workers)) {
            if (!exited(p, 10)) throw new IllegalStateException("Could not stop the embedded PostgreSQL process " + p.pid()
                    + " left running on " + pgData);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> pid(Path pidFile) throws IOException {
        try {
            return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A postgres server process on exactly this data folder (a PID may have been reused by anything else). */
    private static boolean serves(ProcessHandle p, Path pgData) {
        ProcessHandle.Info info = p.info();
        // The program's path may be hidden (another user namespace); its arguments name the folder.
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres")).orElse(true);
        boolean here = info.arguments().map(args -> Arrays.asList(args).contains(pgData.toString())).orElse(false);
        return p.isAlive() && postgres && here;
    }

    private static boolean pgCtlStop(Programs programs, Path pgData, String mode, int seconds) throws IOException {
        Process stop = new ProcessBuilder(programs.command("pg_ctl", "stop", "-D", pgData.toString(),
                "-m", mode, "-w", "-t", Integer.toString(seconds)))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!stop.waitFor(seconds + 5L, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
                return false;
            }
            return stop.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the embedded PostgreSQL left on " + pgData, e);
        }
    }

    private static boolean exited(ProcessHandle p, int seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return !p.isAlive();
        } catch (ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    private static List<ProcessHandle> concat(ProcessHandle first, List<ProcessHandle> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
