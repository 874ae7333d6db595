package io.qike.crm.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another local account cannot use the embedded database: no password, no access; no socket beyond the loopback. */
class EmbeddedDatabaseAccessTest {
    @TempDir
    static Path dataDir;
    static EmbeddedDatabase db;

    @BeforeAll
    static void start() {
        db = EmbeddedDatabase.start(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (db != null) db.close();
    }

    @Test
    void aConnectionWithoutTheRightPasswordIsRefused() throws Exception {
        assertThatThrownBy(() -> connect(db.jdbcUrl(), null).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(db.jdbcUrl(), "postgres").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        try (Connection c = connect(db.jdbcUrl(), password(dataDir))) {
            assertThat(one(c, "select current_user")).isEqualTo("postgres");
        }
    }

    @Test
    void thePasswordIsKeptBesideTheDataReadableByItsOwnerOnly() throws IOException {
        Path file = dataDir.resolve("pg-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).trim()).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void theServerListensOnTheLoopbackOnly() throws Exception {
        try (Connection c = connect(db.jdbcUrl(), password(dataDir))) {
            assertThat(one(c, "show listen_addresses")).isEqualTo("127.0.0.1");
            // A Unix socket (in /tmp) would be reachable by every local account.
            assertThat(one(c, "show unix_socket_directories")).isEmpty();
        }
        int port = port(db.jdbcUrl());
        for (InetAddress address : outsideAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, port), 2000))
                        .as("connect to %s", address).isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void aDataFolderOfAnEarlierVersionAsksForThePasswordAndKeepsItsData(@TempDir Path earlier) throws Exception {
        // How earlier versions created it: every local connection trusted.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(earlier.resolve("pg"))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept(note text)");
            s.execute("insert into kept values ('客户资料')");
        }
        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(earlier)) {
            assertThatThrownBy(() -> connect(upgraded.jdbcUrl(), null).close()).isInstanceOf(SQLException.class);
            try (Connection c = connect(upgraded.jdbcUrl(), password(earlier))) {
                assertThat(one(c, "select note from kept")).isEqualTo("客户资料");
            }
        }
    }

    static Connection connect(String url, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        if (password != null) props.setProperty("password", password);
        return DriverManager.getConnection(url, props);
    }

    static String password(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("pg-password")).trim();
    }

    static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int port(String jdbcUrl) {
        Matcher m = Pattern.compile(":(\\d+)/").matcher(jdbcUrl);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** This machine's addresses that other machines (or containers) could reach. */
    private static List<InetAddress> outsideAddresses() throws IOException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
    }
}
