package io.qike.crm.platform.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.qike.crm.platform.TenantContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out pooled connections with the session setting {@code qike.tenant_id} set to the tenant
 * of the current work, so that row-level security shows and accepts only that tenant's rows. With
 * no tenant the setting is empty and no tenant row is visible at all.
 *
 * <p>The setting is a session setting, so a pooled connection keeps it while idle. The value last
 * set on each physical connection is remembered, and a connection that already carries the wanted
 * value is handed out without another statement: on a one-row read that round trip was a third of
 * the database's work. The setting is only ever changed here, outside any transaction (a pooled
 * connection comes out in auto-commit mode), so it cannot be rolled back behind this memory; a
 * connection handed out inside a transaction is always set again.
 */
public class TenantConnectionDataSource extends DelegatingDataSource {
    private static final String NO_TENANT = "";
    /** Physical connection (compared by identity, held weakly) to the value it carries. */
    private final Cache<Connection, String> bound = Caffeine.newBuilder().weakKeys().build();

    public TenantConnectionDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(super.getConnection(username, password));
    }

    private Connection bind(Connection connection) throws SQLException {
        Long tenant = TenantContext.currentTenantId();
        String value = tenant == null ? NO_TENANT : tenant.toString();
        try {
            Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit && value.equals(bound.getIfPresent(physical))) return connection;
            bound.invalidate(physical);
            try (PreparedStatement ps = connection.prepareStatement("select set_config('qike.tenant_id', ?, false)")) {
                ps.setString(1, value);
                ps.execute();
            }
            if (autoCommit) bound.put(physical, value);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
