package io.qike.crm.wecom.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprise's one WeCom connection (row-level security keeps it to the current tenant). */
@Repository
public class WecomConnectionRepository {
    private final JdbcClient jdbc;

    WecomConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ConnectionRow> find() {
        return jdbc.sql("""
                select tenant_id, corp_id, agent_id, agent_secret, contacts_secret, customer_secret, callback_token,
                       encoding_aes_key, base_url, updated_at, callback_verified_at
                from wecom_connection""").query(WecomConnectionRepository::row).optional();
    }

    /** Inserts or replaces the row; a changed corp or callback key must be verified again. */
    public void save(ConnectionRow r) {
        jdbc.sql("""
                insert into wecom_connection(corp_id, agent_id, agent_secret, contacts_secret, customer_secret, callback_token,
                                             encoding_aes_key, base_url, updated_at)
                values (:corp, :agent, :agentSecret, :contacts, :customer, :token, :aes, :base, clock_timestamp())
                on conflict (tenant_id) do update set corp_id = excluded.corp_id, agent_id = excluded.agent_id,
                    agent_secret = excluded.agent_secret, contacts_secret = excluded.contacts_secret,
                    customer_secret = excluded.customer_secret, callback_token = excluded.callback_token,
                    encoding_aes_key = excluded.encoding_aes_key, base_url = excluded.base_url, updated_at = excluded.updated_at,
                    callback_verified_at = case when wecom_connection.corp_id = excluded.corp_id
                        and wecom_connection.callback_token is not distinct from excluded.callback_token
                        and wecom_connection.encoding_aes_key is not distinct from excluded.encoding_aes_key
                        then wecom_connection.callback_verified_at end""")
                .param("corp", r.corpId()).param("agent", r.agentId()).param("agentSecret", r.agentSecret())
                .param("contacts", r.contactsSecret()).param("customer", r.customerSecret()).param("token", r.callbackToken())
                .param("aes", r.encodingAesKey()).param("base", r.baseUrl()).update();
    }

    /** Whether another enterprise already bound this corp (the unique constraint spans tenants; RLS hides the row). */
    public boolean corpTakenElsewhere(String corpId) {
        Long owner = tenantOfCorp(corpId).orElse(null);
        return owner != null && !owner.equals(jdbc.sql("select qike_tenant()").query(Long.class).single());
    }

    /** The enterprise a corp is bound to, across tenants, for the unauthenticated callback (a security-definer function). */
    public Optional<Long> tenantOfCorp(String corpId) {
        return jdbc.sql("select qike_wecom_tenant_of(?)").param(corpId).query(Long.class).optional();
    }

    public void delete() {
        jdbc.sql("delete from wecom_connection").update();
    }

    public void callbackVerified() {
        jdbc.sql("update wecom_connection set callback_verified_at = clock_timestamp()").update();
    }

    private static ConnectionRow row(ResultSet rs, int n) throws SQLException {
        return new ConnectionRow(rs.getLong("tenant_id"), rs.getString("corp_id"), (Integer) rs.getObject("agent_id"),
                rs.getString("agent_secret"), rs.getString("contacts_secret"), rs.getString("customer_secret"),
                rs.getString("callback_token"), rs.getString("encoding_aes_key"), rs.getString("base_url"),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("callback_verified_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
