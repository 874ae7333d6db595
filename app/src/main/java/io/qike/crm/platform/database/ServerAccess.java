package io.qike.crm.platform.database;

import io.qike.crm.platform.files.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded database: only a client on this machine's loopback that gives the
 * superuser's password (SCRAM). The server is configured so before it starts; a data folder created by an
 * earlier version, which trusted every local connection, gets the password and these rules on its
 * first start with this version, its data kept.
 */
final class ServerAccess {
    private static final Logger log = LoggerFactory.getLogger(ServerAccess.class);
    static final String SUPERUSER = "postgres";
    static final String HBA = """
            # Kept by Qike (restored on start if changed): the embedded database asks every connection for the password kept
            # in pg-password beside this folder, and listens on the loopback only (no Unix socket).
            host    all    all    127.0.0.1/32    scram-sha-256
            """;

    private ServerAccess() {
    }

    /** Before the server starts: sets the password if the database does not know it yet, and the access rules. */
    static void apply(Programs programs, Path pgData, ServerPassword password) throws IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        boolean sealed = Files.exists(hba) && Files.readString(hba).equals(HBA);
        if (!sealed) log.info("Securing the embedded database in {}: password required from now on", pgData);
        if (!sealed || password.fresh()) setPassword(programs, pgData, password);
        if (!sealed) {
            Path tmp = pgData.resolve("pg_hba.conf.new");
            Files.deleteIfExists(tmp);
            PrivateFiles.createFile(tmp);
            Files.writeString(tmp, HBA);
            Files.move(tmp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** In single-user mode, with the server stopped: nothing listens, and the password goes through a pipe only. */
    private static void setPassword(Programs programs, Path pgData, ServerPassword password) throws IOException {
        Process single = new ProcessBuilder(programs.command("postgres", "--single", "-F", "-D", pgData.toString(),
                "-c", "exit_on_error=on", "-c", "log_min_error_statement=panic", SUPERUSER))
                .redirectErrorStream(true).start();
        try (OutputStream in = single.getOutputStream()) {
            in.write(("alter role " + SUPERUSER + " password '" + password.value() + "'\n").getBytes(StandardCharsets.US_ASCII));
        }
        String output = new String(single.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace(password.value(), "****");
        try {
            if (!single.waitFor(60, TimeUnit.SECONDS) || single.exitValue() != 0) {
                single.destroyForcibly();
                throw new IOException("Could not set the embedded database's password in " + pgData + ":\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting the embedded database's password", e);
        }
    }
}
