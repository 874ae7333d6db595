package io.qike.crm.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Notifications, their deliveries and preferences as the signed-in tenant sees them (row-level security). */
@Repository
class NotificationRepository {
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    NotificationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The new notification's id; empty when the user already has one with the request's once-key. */
    Optional<Long> insert(long userId, NotificationRequest r) {
        return jdbc.sql("""
                insert into notification(user_id, kind, title_key, title_args, body_key, body_args, link, h5_link, once_key)
                values (?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?)
                on conflict (tenant_id, user_id, once_key) where once_key is not null do nothing returning id""")
                .params(userId, r.kind(), r.title().key(), json.writeValueAsString(r.title().args()),
                        r.body() == null ? null : r.body().key(), json.writeValueAsString(r.body() == null ? List.of() : r.body().args()),
                        r.link(), r.h5Link(), r.onceKey())
                .query(Long.class).optional();
    }

    void insertDelivery(long notificationId, long userId, String channel) {
        jdbc.sql("""
                insert into notification_delivery(notification_id, user_id, channel) values (?, ?, ?)
                on conflict (tenant_id, notification_id, channel) do nothing""").params(notificationId, userId, channel).update();
    }

    List<Notification> page(long userId, boolean unreadOnly, int offset, int limit) {
        return jdbc.sql("select * from notification where user_id = ? and (not ? or read_at is null) order by id desc offset ? limit ?")
                .params(userId, unreadOnly, offset, limit).query(this::map).list();
    }

    long count(long userId, boolean unreadOnly) {
        return jdbc.sql("select count(*) from notification where user_id = ? and (not ? or read_at is null)")
                .params(userId, unreadOnly).query(Long.class).single();
    }

    Optional<Notification> find(long userId, long id) {
        return jdbc.sql("select * from notification where id = ? and user_id = ?").params(id, userId).query(this::map).optional();
    }

    void markRead(long userId, long id) {
        jdbc.sql("update notification set read_at = now() where id = ? and user_id = ? and read_at is null").params(id, userId).update();
    }

    int markAllRead(long userId) {
        return jdbc.sql("update notification set read_at = now() where user_id = ? and read_at is null").param(userId).update();
    }

    /** The channels this user switched off or on; a channel without a row is on. */
    Map<String, Boolean> preferences(long userId) {
        Map<String, Boolean> result = new HashMap<>();
        jdbc.sql("select channel, enabled from notification_preference where user_id = ?").param(userId)
                .query(rs -> { result.put(rs.getString(1), rs.getBoolean(2)); });
        return result;
    }

    /** Users among these who switched the channel off. */
    List<Long> switchedOff(Collection<Long> userIds, String channel) {
        return jdbc.sql("select user_id from notification_preference where channel = ? and not enabled and user_id = any(?)")
                .params(channel, userIds.toArray(Long[]::new)).query(Long.class).list();
    }

    void setPreference(long userId, String channel, boolean enabled) {
        jdbc.sql("""
                insert into notification_preference(user_id, channel, enabled) values (?, ?, ?)
                on conflict (tenant_id, user_id, channel) do update set enabled = excluded.enabled""")
                .params(userId, channel, enabled).update();
    }

    List<FailedDelivery> failures(int limit) {
        return jdbc.sql("""
                select d.id, d.user_id, d.channel, d.last_error, d.attempts, d.created_at, n.kind
                from notification_delivery d join notification n on n.id = d.notification_id
                where d.status = 'failed' order by d.id desc limit ?""").param(limit)
                .query((rs, i) -> new FailedDelivery(rs.getLong("id"), rs.getLong("user_id"), null, rs.getString("channel"),
                        rs.getString("kind"), rs.getString("last_error"), rs.getInt("attempts"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    List<Long> failedUsers(String channel) {
        return jdbc.sql("select distinct user_id from notification_delivery where status = 'failed' and channel = ? order by user_id")
                .param(channel).query(Long.class).list();
    }

    /** Deliveries waiting for a retry become due at once (an administrator's 立即重试). */
    int retryWaitingNow() {
        return jdbc.sql("update notification_delivery set next_attempt_at = now() where status = 'pending' and next_attempt_at > now()").update();
    }

    Notification map(ResultSet rs, int row) throws SQLException {
        String bodyKey = rs.getString("body_key");
        return new Notification(rs.getLong("id"), rs.getString("kind"),
                new NotificationRequest.Text(rs.getString("title_key"), json.readValue(rs.getString("title_args"), LIST)),
                bodyKey == null ? null : new NotificationRequest.Text(bodyKey, json.readValue(rs.getString("body_args"), LIST)),
                null, null, rs.getString("link"), rs.getString("h5_link"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class));
    }
}
