package io.qike.crm.integration.store;

import io.qike.crm.integration.Connector;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Connector rows (tenant isolation by row-level security). */
@Repository
public class ConnectorRepository {
    private static final String SELECT = """
            select c.*, (select count(*) from integration_connection x where x.connector_id = c.id) as connections,
                   (select count(*) from integration_interface i where i.connector_id = c.id) as interfaces
            from integration_connector c""";
    private final JdbcClient jdbc;

    ConnectorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String name, String description) {
        return jdbc.sql("insert into integration_connector(name, description) values (?, ?) returning id")
                .params(name, description).query(Long.class).single();
    }

    public void update(long id, String name, String description) {
        jdbc.sql("update integration_connector set name = ?, description = ?, updated_at = now() where id = ?")
                .params(name, description, id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from integration_connector where id = ?").param(id).update();
    }

    public Optional<Connector> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::map).optional();
    }

    public List<Connector> list() {
        return jdbc.sql(SELECT + " order by c.name").query(this::map).list();
    }

    public Optional<Connector> findByPreset(String preset) {
        return jdbc.sql(SELECT + " where c.preset = ?").param(preset).query(this::map).optional();
    }

    public void markPreset(long id, String preset) {
        jdbc.sql("update integration_connector set preset = ? where id = ?").params(preset, id).update();
    }

    public boolean nameTaken(String name, Long self) {
        return jdbc.sql("select count(*) from integration_connector where lower(name) = lower(?) and (cast(? as bigint) is null or id <> ?)")
                .params(name, self, self).query(Long.class).single() > 0;
    }

    private Connector map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Connector(rs.getLong("id"), rs.getString("name"), rs.getString("description"), rs.getInt("connections"),
                rs.getInt("interfaces"), rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
