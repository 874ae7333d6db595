package io.qike.crm.notify;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claiming and settling deliveries, in the current tenant (row-level security): the worker finds the tenants with
 * work through {@link #dueTenants} and works each as that tenant. Each statement is its own transaction, so a
 * claim is visible to the other nodes at once.
 */
@Repository
class DeliveryRepository {
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    DeliveryRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The tenants with deliveries due, across the installation (a function of the database's owner). */
    List<Long> dueTenants() {
        return jdbc.sql("select tenant_id from notify_due_tenants() order by tenant_id").query(Long.class).list();
    }

    /**
     * Takes up to {@code limit} due deliveries (waiting ones whose time came, and ones whose sender's lease ran out)
     * for {@code lease}; rows another node is claiming are skipped, not waited for.
     */
    List<Claim> claim(int limit, Duration lease) {
        return jdbc.sql("""
                with claimed as (
                  update notification_delivery d set status = 'sending', attempts = d.attempts + 1,
                         lease_until = now() + make_interval(secs => ?)
                  where d.id in (select id from notification_delivery
                                 where (status = 'pending' and next_attempt_at <= now()) or (status = 'sending' and lease_until < now())
                                 order by next_attempt_at, id limit ? for update skip locked)
                  returning d.*)
                select c.id, c.notification_id, c.tenant_id, c.user_id, c.channel, c.attempts, n.kind, n.title_key, n.title_args::text as title_args,
                       n.body_key, n.body_args::text as body_args, n.link, n.h5_link
                from claimed c join notification n on n.id = c.notification_id order by c.tenant_id, c.channel, c.id""")
                .params((double) lease.toMillis() / 1000, limit)
                .query((rs, i) -> {
                    String bodyKey = rs.getString("body_key");
                    return new Claim(rs.getString("channel"), new NotificationChannel.Delivery(rs.getLong("id"), rs.getLong("notification_id"),
                            rs.getLong("tenant_id"), rs.getLong("user_id"), rs.getString("kind"),
                            new NotificationRequest.Text(rs.getString("title_key"), json.readValue(rs.getString("title_args"), LIST)),
                            bodyKey == null ? null : new NotificationRequest.Text(bodyKey, json.readValue(rs.getString("body_args"), LIST)),
                            rs.getString("link"), rs.getString("h5_link"), rs.getInt("attempts")));
                }).list();
    }

    /** A delivery this node now holds, with its channel. */
    record Claim(String channel, NotificationChannel.Delivery delivery) {
    }

    /** Settles a delivery this claim still holds (same attempt): a node that lost its lease settles nothing. */
    void sent(long id, int attempt) {
        jdbc.sql("""
                update notification_delivery set status = 'sent', delivered_at = now(), lease_until = null, last_error = null
                where id = ? and status = 'sending' and attempts = ?""").params(id, attempt).update();
    }

    void retry(long id, int attempt, Duration after, String reason) {
        jdbc.sql("""
                update notification_delivery set status = 'pending', lease_until = null, last_error = ?,
                       next_attempt_at = now() + make_interval(secs => ?)
                where id = ? and status = 'sending' and attempts = ?""")
                .params(reason, (double) after.toMillis() / 1000, id, attempt).update();
    }

    void failed(long id, int attempt, String reason) {
        jdbc.sql("""
                update notification_delivery set status = 'failed', lease_until = null, last_error = ?
                where id = ? and status = 'sending' and attempts = ?""").params(reason, id, attempt).update();
    }
}
