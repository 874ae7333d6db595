package io.qike.crm.archive.media;

import io.qike.crm.archive.pull.ArchivedMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The media of the current tenant's archived messages. Claims, settlements and inserts are statements of their own,
 * visible to the other nodes at once; a claim skips rows another node is claiming.
 */
@Repository
class ArchiveMediaRepository {
    private static final String COLUMNS = "msgid, msgtype, status, attempts, last_error, file_hash, fetched_size, fetched_at";
    private final JdbcClient jdbc;

    ArchiveMediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every enterprise whose archive may be pulled (the schedule has no tenant yet). */
    List<Long> tenants() {
        return jdbc.sql("select tenant_id from qike_archive_pull_tenants()").query(Long.class).list();
    }

    /** The highest seq known here: media of messages after it are not known yet. */
    long knownUpTo() {
        return jdbc.sql("select coalesce(max(seq), 0) from wecom_archive_media").query(Long.class).single();
    }

    int enqueue(Collection<ArchivedMessage> messages) {
        int n = 0;
        for (ArchivedMessage m : messages) {
            n += jdbc.sql("""
                            insert into wecom_archive_media(msgid, seq, msgtype, sdkfileid, md5sum, expected_size)
                            values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, msgid) do nothing""")
                    .params(m.msgid(), m.seq(), m.msgtype(), m.sdkfileid(), m.md5sum(), m.filesize()).update();
        }
        return n;
    }

    /** Takes up to {@code limit} due items (pending whose time came, or fetching whose lease ran out) for {@code lease}. */
    List<MediaItem> claim(int limit, Duration lease) {
        return jdbc.sql("""
                        with due as (select msgid from wecom_archive_media
                                      where (status = 'pending' and next_attempt_at <= clock_timestamp())
                                         or (status = 'fetching' and lease_until < clock_timestamp())
                                      order by next_attempt_at, seq limit ? for update skip locked)
                        update wecom_archive_media m set status = 'fetching', attempts = m.attempts + 1,
                               lease_until = clock_timestamp() + make_interval(secs => ?)
                          from due where m.msgid = due.msgid
                        returning m.msgid, m.msgtype, m.sdkfileid, m.md5sum, m.expected_size, m.attempts""")
                .params(limit, (double) lease.toMillis() / 1000)
                .query((rs, i) -> new MediaItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5), rs.getInt(6)))
                .list();
    }

    /** Settles an item this claim still holds (same attempt): a node that lost its lease settles nothing. */
    boolean fetched(MediaItem item, String fileHash, long size) {
        return jdbc.sql("""
                        update wecom_archive_media set status = 'fetched', file_hash = ?, fetched_size = ?, fetched_at = now(),
                               lease_until = null, last_error = null
                         where msgid = ? and status = 'fetching' and attempts = ?""")
                .params(fileHash, size, item.msgid(), item.attempt()).update() == 1;
    }

    void retry(MediaItem item, Duration after, String reason) {
        jdbc.sql("""
                        update wecom_archive_media set status = 'pending', lease_until = null, last_error = ?,
                               next_attempt_at = now() + make_interval(secs => ?)
                         where msgid = ? and status = 'fetching' and attempts = ?""")
                .params(reason, (double) after.toMillis() / 1000, item.msgid(), item.attempt()).update();
    }

    void failed(MediaItem item, String reason) {
        jdbc.sql("""
                        update wecom_archive_media set status = 'failed', lease_until = null, last_error = ?
                         where msgid = ? and status = 'fetching' and attempts = ?""")
                .params(reason, item.msgid(), item.attempt()).update();
    }

    Optional<StoredMedia> find(String msgid) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_media where msgid = ?").param(msgid)
                .query((rs, i) -> row(rs)).optional();
    }

    Map<String, StoredMedia> findAll(Collection<String> msgids) {
        if (msgids.isEmpty()) return Map.of();
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_media where msgid = any(?)")
                .param(msgids.toArray(String[]::new)).query((rs, i) -> row(rs)).list().stream()
                .collect(Collectors.toMap(StoredMedia::msgid, Function.identity()));
    }

    private static StoredMedia row(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("fetched_at");
        String status = rs.getString("status");
        return new StoredMedia(rs.getString("msgid"), rs.getString("msgtype"),
                "fetching".equals(status) ? StoredMedia.PENDING : status, rs.getInt("attempts"), rs.getString("last_error"),
                rs.getString("file_hash"), (Long) rs.getObject("fetched_size"), at == null ? null : at.toInstant());
    }
}
