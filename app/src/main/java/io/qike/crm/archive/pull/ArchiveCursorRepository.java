package io.qike.crm.archive.pull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pull cursor of each corp, in the current tenant. Claiming and releasing are statements of their own (visible to
 * the other nodes at once); {@link #advance} runs in the transaction that stores its batch.
 */
@Repository
class ArchiveCursorRepository {
    private final JdbcClient jdbc;

    ArchiveCursorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> pullTenants() {
        return jdbc.sql("select tenant_id from qike_archive_pull_tenants()").query(Long.class).list();
    }

    void ensure(String corpId) {
        jdbc.sql("insert into wecom_archive_cursor(corp_id) values (?) on conflict do nothing").param(corpId).update();
    }

    /** Takes the lease unless another puller holds one that has not run out; the cursor's seq, or empty. */
    Optional<Long> claim(String corpId, String owner, Duration lease) {
        return jdbc.sql("""
                        update wecom_archive_cursor set lease_owner = ?, lease_until = now() + make_interval(secs => ?)
                         where corp_id = ? and (lease_until is null or lease_until < now()) returning seq""")
                .params(owner, (double) lease.toMillis() / 1000, corpId).query(Long.class).optional();
    }

    /** Compare-and-set: moves the cursor from {@code from} to {@code to} only if it is still at {@code from}. */
    boolean advance(String corpId, long from, long to, int stored, String owner, Duration lease) {
        return jdbc.sql("""
                        update wecom_archive_cursor set seq = ?, messages_stored = messages_stored + ?, lease_owner = ?,
                               lease_until = now() + make_interval(secs => ?) where corp_id = ? and seq = ?""")
                .params(to, stored, owner, (double) lease.toMillis() / 1000, corpId, from).update() == 1;
    }

    /** Ends this puller's lease and records how the pull ended. */
    void release(String corpId, String owner, String outcome, Integer errcode, String error) {
        jdbc.sql("""
                        update wecom_archive_cursor set lease_owner = null, lease_until = null, last_pull_at = now(),
                               last_outcome = ?, last_errcode = ?, last_error = ? where corp_id = ? and lease_owner = ?""")
                .params(outcome, errcode, error, corpId, owner).update();
    }

    /** Records an outcome without a lease (a pull that could not start: not configured, already pulling). */
    void note(String corpId, String outcome, Integer errcode, String error) {
        jdbc.sql("update wecom_archive_cursor set last_pull_at = now(), last_outcome = ?, last_errcode = ?, last_error = ? where corp_id = ?")
                .params(outcome, errcode, error, corpId).update();
    }

    /** Records a pull that held the lease, and keeps the corp's newest {@code keep}. */
    void recordPull(String corpId, String node, Instant startedAt, long fromSeq, long toSeq, int stored, String outcome,
                    Integer errcode, int keep) {
        jdbc.sql("""
                        insert into wecom_archive_pull(corp_id, node, started_at, from_seq, to_seq, stored, outcome, errcode)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(corpId, node, java.sql.Timestamp.from(startedAt), fromSeq, toSeq, stored, outcome, errcode).update();
        jdbc.sql("""
                        delete from wecom_archive_pull where corp_id = ? and id < (
                          select min(id) from (select id from wecom_archive_pull where corp_id = ? order by id desc limit ?) newest)""")
                .params(corpId, corpId, keep).update();
    }

    /** The corp's recent pulls, newest first. */
    List<PullRecord> recentPulls(String corpId, int limit) {
        return jdbc.sql("""
                        select node, started_at, finished_at, from_seq, to_seq, stored, outcome, errcode
                          from wecom_archive_pull where corp_id = ? order by id desc limit ?""").params(corpId, limit)
                .query((rs, i) -> new PullRecord(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(),
                        rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getString(7), (Integer) rs.getObject(8), null)).list();
    }

    Optional<CursorRow> find(String corpId) {
        return jdbc.sql("""
                        select corp_id, seq, messages_stored, last_pull_at, last_outcome, last_errcode,
                               lease_until is not null and lease_until > now() as pulling
                          from wecom_archive_cursor where corp_id = ?""").param(corpId)
                .query((rs, i) -> new CursorRow(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
                        (Integer) rs.getObject(6), rs.getBoolean(7))).optional();
    }

    record CursorRow(String corpId, long seq, long messagesStored, Instant lastPullAt, String lastOutcome, Integer lastErrcode,
                     boolean pulling) {
    }
}
