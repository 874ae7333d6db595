package io.qike.crm.integration.store;

import io.qike.crm.integration.ActionFlow;
import io.qike.crm.integration.FlowDefinition;
import io.qike.crm.integration.FlowVersion;
import io.qike.crm.platform.Permission;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Action flows at their current version, and every saved version beside them. */
@Repository
public class FlowRepository {
    private final JdbcClient jdbc;
    private final JsonMapper json;

    FlowRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(String apiName, String name, String description, boolean enabled, FlowDefinition d, Permission invoke,
                       String savedBy) {
        String def = json.writeValueAsString(d);
        long id = jdbc.sql("""
                insert into action_flow(api_name, name, description, enabled, version, definition, invoke_permission)
                values (?, ?, ?, ?, 1, cast(? as jsonb), ?) returning id""")
                .params(apiName, name, description, enabled, def, invoke.code()).query(Long.class).single();
        jdbc.sql("insert into action_flow_version(flow_id, version, definition, saved_by) values (?, 1, cast(? as jsonb), ?)")
                .params(id, def, savedBy).update();
        return id;
    }

    /** Saves a new version and returns its number. */
    public int update(long id, String apiName, String name, String description, boolean enabled, FlowDefinition d, Permission invoke,
                      String savedBy) {
        String def = json.writeValueAsString(d);
        int version = jdbc.sql("""
                update action_flow set api_name = ?, name = ?, description = ?, enabled = ?, definition = cast(? as jsonb),
                  invoke_permission = ?, version = version + 1, updated_at = now() where id = ? returning version""")
                .params(apiName, name, description, enabled, def, invoke.code(), id).query(Integer.class).single();
        jdbc.sql("insert into action_flow_version(flow_id, version, definition, saved_by) values (?, ?, cast(? as jsonb), ?)")
                .params(id, version, def, savedBy).update();
        return version;
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update action_flow set enabled = ?, updated_at = now() where id = ?").params(enabled, id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from action_flow where id = ?").param(id).update();
    }

    public Optional<ActionFlow> find(long id) {
        return jdbc.sql("select * from action_flow where id = ?").param(id).query(this::map).optional();
    }

    public Optional<ActionFlow> findByApiName(String apiName) {
        return jdbc.sql("select * from action_flow where api_name = ?").param(apiName).query(this::map).optional();
    }

    public List<ActionFlow> list() {
        return jdbc.sql("select * from action_flow order by name").query(this::map).list();
    }

    public List<FlowVersion> versions(long flowId) {
        return jdbc.sql("select * from action_flow_version where flow_id = ? order by version desc").param(flowId)
                .query((rs, n) -> new FlowVersion(rs.getInt("version"), rs.getObject("saved_at", OffsetDateTime.class),
                        rs.getString("saved_by"), json.readValue(rs.getString("definition"), FlowDefinition.class))).list();
    }

    public boolean apiNameTaken(String apiName, Long self) {
        return jdbc.sql("select count(*) from action_flow where api_name = ? and (cast(? as bigint) is null or id <> ?)")
                .params(apiName, self, self).query(Long.class).single() > 0;
    }

    /** Names of the flows whose nodes refer to the given property value, e.g. connectionId = 5. */
    public List<String> usedBy(String property, long id) {
        String probe = json.writeValueAsString(List.of(Map.of(property, id)));
        return jdbc.sql("select name from action_flow where definition->'nodes' @> cast(? as jsonb) order by name")
                .param(probe).query(String.class).list();
    }

    private ActionFlow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ActionFlow(rs.getLong("id"), rs.getString("api_name"), rs.getString("name"), rs.getString("description"),
                rs.getBoolean("enabled"), rs.getInt("version"), json.readValue(rs.getString("definition"), FlowDefinition.class),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                invokePermission(rs.getString("invoke_permission")));
    }

    /** A flow without a stored (or with an unknown) invoke permission is for administrators only. */
    private static Permission invokePermission(String code) {
        return code == null ? Permission.ADMIN_INTEGRATION : Permission.ofCode(code).orElse(Permission.ADMIN_INTEGRATION);
    }
}
