package io.qike.crm.wecom.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The callback inbox and the replay window of the current enterprise. */
@Repository
public class WecomCallbackRepository {
    /** A stored event as the handlers get it. */
    public record StoredEvent(long id, long tenantId, String corpId, String event, String changeType, String payload,
                              Instant receivedAt, Instant processedAt, int attempts) {
    }

    private final JdbcClient jdbc;

    WecomCallbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records msg_signature + nonce; false when they were seen within the window (a replay). One statement: an entry
     * older than the window is taken over rather than refused, so forgetting old entries ({@link #forget}) is
     * housekeeping, not part of the check.
     */
    public boolean firstSighting(String msgSignature, String nonce, long windowSeconds) {
        return jdbc.sql("""
                insert into wecom_callback_nonce(msg_signature, nonce) values (?, ?)
                on conflict (tenant_id, msg_signature, nonce) do update set seen_at = clock_timestamp()
                where wecom_callback_nonce.seen_at < clock_timestamp() - make_interval(secs => ?)""")
                .param(msgSignature).param(nonce).param(windowSeconds).update() == 1;
    }

    /** Forgets the entries older than the window (by the seen_at index). */
    public int forget(long windowSeconds) {
        return jdbc.sql("delete from wecom_callback_nonce where seen_at < clock_timestamp() - make_interval(secs => ?)")
                .param(windowSeconds).update();
    }

    public long insert(String corpId, String event, String changeType, String payload) {
        return jdbc.sql("""
                insert into wecom_callback_event(corp_id, event, change_type, payload) values (?, ?, ?, ?) returning id""")
                .param(corpId).param(event).param(changeType).param(payload).query(Long.class).single();
    }

    public Optional<StoredEvent> find(long id) {
        return jdbc.sql("""
                select id, tenant_id, corp_id, event, change_type, payload, received_at, processed_at, attempts
                from wecom_callback_event where id = ?""").param(id)
                .query((rs, n) -> new StoredEvent(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("corp_id"),
                        rs.getString("event"), rs.getString("change_type"), rs.getString("payload"),
                        rs.getTimestamp("received_at").toInstant(), instant(rs.getTimestamp("processed_at")), rs.getInt("attempts")))
                .optional();
    }

    public void processed(long id) {
        jdbc.sql("update wecom_callback_event set processed_at = clock_timestamp(), attempts = attempts + 1, error = null where id = ?")
                .param(id).update();
    }

    public void failed(long id, String error) {
        jdbc.sql("update wecom_callback_event set attempts = attempts + 1, error = ? where id = ?").param(error).param(id).update();
    }

    /** When an event of each type last arrived. */
    public Map<String, Instant> lastReceived() {
        Map<String, Instant> out = new LinkedHashMap<>();
        jdbc.sql("select event, max(received_at) as last from wecom_callback_event group by event order by event")
                .query((rs, n) -> out.put(rs.getString("event"), rs.getTimestamp("last").toInstant())).list();
        return out;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
