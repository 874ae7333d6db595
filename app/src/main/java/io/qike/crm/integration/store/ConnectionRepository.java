package io.qike.crm.integration.store;

import io.qike.crm.integration.AuthScheme;
import io.qike.crm.integration.Connection;
import io.qike.crm.integration.ConnectionLimits;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Connection rows; credentials arrive here already encrypted. */
@Repository
public class ConnectionRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ConnectionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Values to write; a null cipher/hint pair with {@code keep} true leaves the stored credential alone. */
    public record Values(long connectorId, String name, String baseUrl, AuthScheme scheme, String authParam,
                         Credential key, Credential secret, ConnectionLimits limits, boolean enabled) {
    }

    /** An encrypted credential and its hint; {@code keep} means "unchanged". */
    public record Credential(boolean keep, String cipher, String hint) {
        public static final Credential KEEP = new Credential(true, null, null);
    }

    public long insert(Values v) {
        return jdbc.sql("""
                insert into integration_connection(connector_id, name, base_url, auth_scheme, auth_param, key_cipher, key_hint,
                  secret_cipher, secret_hint, limits, enabled)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(v.connectorId(), v.name(), v.baseUrl(), v.scheme().name(), v.authParam(), v.key().cipher(), v.key().hint(),
                        v.secret().cipher(), v.secret().hint(), json.writeValueAsString(v.limits()), v.enabled())
                .query(Long.class).single();
    }

    public void update(long id, Values v) {
        jdbc.sql("""
                update integration_connection set name = ?, base_url = ?, auth_scheme = ?, auth_param = ?,
                  key_cipher = case when ? then key_cipher else ? end, key_hint = case when ? then key_hint else ? end,
                  secret_cipher = case when ? then secret_cipher else ? end, secret_hint = case when ? then secret_hint else ? end,
                  limits = cast(? as jsonb), enabled = ?, updated_at = now()
                where id = ?""")
                .params(v.name(), v.baseUrl(), v.scheme().name(), v.authParam(), v.key().keep(), v.key().cipher(), v.key().keep(),
                        v.key().hint(), v.secret().keep(), v.secret().cipher(), v.secret().keep(), v.secret().hint(),
                        json.writeValueAsString(v.limits()), v.enabled(), id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("delete from integration_connection where id = ?").param(id).update();
    }

    public Optional<ConnectionRow> find(long id) {
        return jdbc.sql("select * from integration_connection where id = ?").param(id).query(this::map).optional();
    }

    public List<Connection> ofConnector(long connectorId) {
        return jdbc.sql("select * from integration_connection where connector_id = ? order by name").param(connectorId)
                .query(this::map).list().stream().map(ConnectionRow::connection).toList();
    }

    public boolean nameTaken(long connectorId, String name, Long self) {
        return jdbc.sql("select count(*) from integration_connection where connector_id = ? and lower(name) = lower(?) and (cast(? as bigint) is null or id <> ?)")
                .params(connectorId, name, self, self).query(Long.class).single() > 0;
    }

    private ConnectionRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Connection c = new Connection(rs.getLong("id"), rs.getLong("connector_id"), rs.getString("name"), rs.getString("base_url"),
                AuthScheme.valueOf(rs.getString("auth_scheme")), rs.getString("auth_param"), rs.getString("key_hint"),
                rs.getString("secret_hint"), json.readValue(rs.getString("limits"), ConnectionLimits.class).withDefaults(),
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
        return new ConnectionRow(c, rs.getString("key_cipher"), rs.getString("secret_cipher"));
    }
}
