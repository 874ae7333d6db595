package io.qike.crm.integration.store;

import io.qike.crm.integration.ApiInterface;
import io.qike.crm.integration.ApiInterfaceDraft;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Interface rows: the whole definition as JSON, name and API name as columns for uniqueness and lists. */
@Repository
public class InterfaceRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    InterfaceRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(long connectorId, ApiInterfaceDraft d) {
        return jdbc.sql("insert into integration_interface(connector_id, api_name, name, definition) values (?, ?, ?, cast(? as jsonb)) returning id")
                .params(connectorId, d.apiName(), d.name(), json.writeValueAsString(d)).query(Long.class).single();
    }

    public void update(long id, ApiInterfaceDraft d) {
        jdbc.sql("update integration_interface set api_name = ?, name = ?, definition = cast(? as jsonb), updated_at = now() where id = ?")
                .params(d.apiName(), d.name(), json.writeValueAsString(d), id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from integration_interface where id = ?").param(id).update();
    }

    public Optional<ApiInterface> find(long id) {
        return jdbc.sql("select * from integration_interface where id = ?").param(id).query(this::map).optional();
    }

    public List<ApiInterface> ofConnector(long connectorId) {
        return jdbc.sql("select * from integration_interface where connector_id = ? order by name").param(connectorId).query(this::map).list();
    }

    public List<ApiInterface> all() {
        return jdbc.sql("select * from integration_interface order by name").query(this::map).list();
    }

    public boolean apiNameTaken(long connectorId, String apiName, Long self) {
        return jdbc.sql("select count(*) from integration_interface where connector_id = ? and api_name = ? and (cast(? as bigint) is null or id <> ?)")
                .params(connectorId, apiName, self, self).query(Long.class).single() > 0;
    }

    private ApiInterface map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ApiInterface(rs.getLong("id"), rs.getLong("connector_id"),
                json.readValue(rs.getString("definition"), ApiInterfaceDraft.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
