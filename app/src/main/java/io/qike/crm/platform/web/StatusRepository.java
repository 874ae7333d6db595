package io.qike.crm.platform.web;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one read of the status probe: the database clock, through the application's pool. */
@Repository
class StatusRepository {
    private final JdbcClient jdbc;

    StatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OffsetDateTime databaseTime() {
        return jdbc.sql("select now()").query(OffsetDateTime.class).single();
    }
}
