package io.qike.crm.platform.database;

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
 */
public class TenantConnectionDataSource extends DelegatingDataSource {

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

    private static Connection bind(Connection connection) throws SQLException {
        Long tenant = TenantContext.currentTenantId();
        try (PreparedStatement ps = connection.prepareStatement("select set_config('qike.tenant_id', ?, false)")) {
            ps.setString(1, tenant == null ? "" : tenant.toString());
            ps.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
