package io.qike.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The app's embedded database as its superuser: loopback only, with the password the app keeps in {@code <data-dir>/pg-password}. */
record EmbeddedLogin(int port, String password) {

    static EmbeddedLogin of(int port, Path dataDir) throws IOException {
        return new EmbeddedLogin(port, Files.readString(dataDir.resolve("pg-password")).trim());
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
    }

    @Override
    public String toString() {
        return "EmbeddedLogin[port " + port + "]";
    }
}
