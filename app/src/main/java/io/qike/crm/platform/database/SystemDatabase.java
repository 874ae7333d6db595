package io.qike.crm.platform.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Database access as the schema owner, outside row-level security: for the few tasks that must
 * see across tenants (finding a user at login, resolving an API token, seeding). Never used to
 * serve a tenant's business data.
 */
@Component
public class SystemDatabase {
    private final JdbcClient jdbc;

    SystemDatabase(@Qualifier("ownerDataSource") DataSource owner) {
        this.jdbc = JdbcClient.create(owner);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
