package io.qike.crm.archive.pull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pulled messages of the current tenant. */
@Repository
class ArchiveMessageRepository {
    private static final String COLUMNS = """
            msgid, seq, key_version, status, fail_reason, action, msgtype, from_id, tolist, roomid, msgtime, conversation,
            content::text as content, revokes, sdkfileid, md5sum, filesize, recalled_by, recalled_at, external""";
    private static final String INSERT = """
            insert into wecom_archive_message(msgid, corp_id, seq, key_version, status, fail_reason, encrypt_random_key,
              encrypt_chat_msg, action, msgtype, from_id, tolist, roomid, msgtime, conversation, content, revokes,
              sdkfileid, md5sum, filesize, external)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)
            on conflict (tenant_id, msgid) do nothing""";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ArchiveMessageRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores the item unless its msgid is there already; 1 if stored. */
    int insert(String corpId, StoredItem item) {
        return jdbc.sql(INSERT).params(values(corpId, item)).update();
    }

    /**
     * Stores a batch's items in one JDBC batch (one round trip, one plan), in the caller's transaction; the items that
     * were not there yet, in order (those whose msgid was stored before are left out).
     */
    List<StoredItem> insertAll(String corpId, List<StoredItem> items) {
        if (items.isEmpty()) return List.of();
        int[][] counts = template.batchUpdate(INSERT, items, items.size(), (ps, item) -> {
            Object[] v = values(corpId, item);
            for (int i = 0; i < v.length; i++) {
                if (v[i] instanceof String[] array) ps.setArray(i + 1, ps.getConnection().createArrayOf("text", array));
                else ps.setObject(i + 1, v[i]);
            }
        });
        List<StoredItem> inserted = new java.util.ArrayList<>(items.size());
        int at = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                if (count != 0) inserted.add(items.get(at)); // 1, or "succeeded, count unknown" from a driver that rewrites
                at++;
            }
        }
        return inserted;
    }

    private static Object[] values(String corpId, StoredItem item) {
        ParsedMessage m = item.message();
        return new Object[] {item.msgid(), corpId, item.seq(), item.keyVersion(), item.decrypted() ? "decrypted" : "failed",
                item.failReason(), item.encryptRandomKey(), item.encryptChatMsg(),
                m == null ? null : m.action(), m == null ? null : m.msgtype(), m == null ? null : m.from(),
                m == null ? new String[0] : m.tolist().toArray(String[]::new), m == null ? null : m.roomid(),
                m == null || m.msgtime() == null ? null : Timestamp.from(m.msgtime()), m == null ? null : m.conversation(),
                m == null ? null : m.json(), m == null ? null : m.revokes(), m == null ? null : m.sdkfileid(),
                m == null ? null : m.md5sum(), m == null ? null : m.filesize(),
                m != null ? m.external() : MessageParser.external(item.msgid(), List.of())};
    }

    /** A failed item decrypted at last; 1 if it was still failed. */
    int decrypted(StoredItem item) {
        ParsedMessage m = item.message();
        return jdbc.sql("""
                        update wecom_archive_message set status = 'decrypted', fail_reason = null, encrypt_random_key = null,
                          encrypt_chat_msg = null, action = ?, msgtype = ?, from_id = ?, tolist = ?, roomid = ?, msgtime = ?,
                          conversation = ?, content = cast(? as jsonb), revokes = ?, sdkfileid = ?, md5sum = ?, filesize = ?,
                          external = ? where msgid = ? and status = 'failed'""")
                .params(m.action(), m.msgtype(), m.from(), m.tolist().toArray(String[]::new), m.roomid(),
                        m.msgtime() == null ? null : Timestamp.from(m.msgtime()), m.conversation(), m.json(), m.revokes(),
                        m.sdkfileid(), m.md5sum(), m.filesize(), m.external(), item.msgid())
                .update();
    }

    /** Marks recalled what a revoke among these msgids names, and these msgids if a revoke named them earlier. */
    void linkRecalls(Collection<String> msgids) {
        if (msgids.isEmpty()) return;
        jdbc.sql("""
                        update wecom_archive_message m set recalled_by = r.msgid, recalled_at = r.msgtime
                          from wecom_archive_message r
                         where r.revokes = m.msgid and r.status = 'decrypted' and m.recalled_by is null
                           and (r.msgid = any(?) or m.msgid = any(?))""")
                .params(msgids.toArray(String[]::new), msgids.toArray(String[]::new)).update();
    }

    /** Failed items of a key version after {@code afterSeq}, oldest first. */
    List<FailedRow> failedOfVersion(int version, long afterSeq, int limit) {
        return jdbc.sql("""
                        select msgid, seq, key_version, encrypt_random_key, encrypt_chat_msg from wecom_archive_message
                         where status = 'failed' and key_version = ? and seq > ? order by seq limit ?""")
                .params(version, afterSeq, limit)
                .query((rs, i) -> new FailedRow(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    record FailedRow(String msgid, long seq, int keyVersion, String encryptRandomKey, String encryptChatMsg) {
    }

    List<FailedCount> failedCounts(String corpId) {
        return jdbc.sql("""
                        select fail_reason, key_version, count(*) from wecom_archive_message
                         where corp_id = ? and status = 'failed' group by fail_reason, key_version order by key_version, fail_reason""")
                .param(corpId).query((rs, i) -> new FailedCount(rs.getString(1), rs.getInt(2), rs.getLong(3), null)).list();
    }

    Optional<Instant> newestMessageTime(String corpId) {
        return jdbc.sql("select max(msgtime) from wecom_archive_message where corp_id = ?").param(corpId)
                .query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant)).single();
    }

    Optional<ArchivedMessage> find(String msgid) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_message where msgid = ?").param(msgid)
                .query((rs, i) -> row(rs)).optional();
    }

    Optional<ArchivedMessage> findBySeq(long seq) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_message where seq = ? order by corp_id limit 1").param(seq)
                .query((rs, i) -> row(rs)).optional();
    }

    /** A conversation's messages by time, from {@code from} (inclusive) on. */
    List<ArchivedMessage> conversation(String conversation, Instant from, int limit) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_message where conversation = ? and msgtime >= ? order by msgtime, seq limit ?")
                .params(conversation, Timestamp.from(from == null ? Instant.EPOCH : from), limit).query((rs, i) -> row(rs)).list();
    }

    private static final String READABLE = " status = 'decrypted' and msgtype is not null ";

    /** The newest {@code limit} readable messages of a conversation, in time order. */
    List<ArchivedMessage> latest(String conversation, int limit) {
        List<ArchivedMessage> newestFirst = jdbc.sql("select " + COLUMNS + " from wecom_archive_message where conversation = ? and"
                        + READABLE + "order by msgtime desc, seq desc limit ?")
                .params(conversation, limit).query((rs, i) -> row(rs)).list();
        List<ArchivedMessage> inOrder = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(inOrder);
        return inOrder;
    }

    /** The readable messages of a conversation sent from {@code from} (inclusive) to {@code to} (exclusive), in time order. */
    List<ArchivedMessage> between(String conversation, Instant from, Instant to, int limit) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_message where conversation = ? and" + READABLE
                        + "and msgtime >= ? and msgtime < ? order by msgtime, seq limit ?")
                .params(conversation, Timestamp.from(from), Timestamp.from(to), limit).query((rs, i) -> row(rs)).list();
    }

    /** Those of these msgids that are readable messages of the conversation, in time order. */
    List<ArchivedMessage> selected(String conversation, Collection<String> msgids) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_message where conversation = ? and" + READABLE
                        + "and msgid = any(?) order by msgtime, seq")
                .params(conversation, msgids.toArray(String[]::new)).query((rs, i) -> row(rs)).list();
    }

    /** The parties of the one-to-one conversations with a customer that have readable messages: member and external userid. */
    List<String> singleExternalParties(String userid) {
        return jdbc.sql("""
                        select distinct p from wecom_archive_message m, unnest(array[m.from_id] || m.tolist) p
                         where m.external and m.conversation like 'single:%' and m.status = 'decrypted' and m.msgtype is not null
                           and (cast(? as text) is null or m.from_id = ? or m.tolist @> array[cast(? as text)]) order by p""")
                .params(userid, userid, userid).query(String.class).list();
    }

    /** The group chats (room conversations) a member sent or received a readable message in. */
    private static final String ROOMS_OF = """
            select conversation from wecom_archive_message
             where conversation like 'room:%' and status = 'decrypted' and (from_id = ? or tolist @> array[?]::text[])""";

    /** The external contacts (external_userid) in the group chats this member took part in. */
    List<String> roomExternalParties(String userid) {
        return jdbc.sql("select distinct p from wecom_archive_message m, unnest(array[m.from_id] || m.tolist) p"
                        + " where m.conversation in (" + ROOMS_OF + ") and m.status = 'decrypted' and m.msgtype is not null"
                        + " and (p like 'wm%' or p like 'wo%') order by p")
                .params(userid, userid).query(String.class).list();
    }

    /** The group chats both parties took part in, with how many sent or received a message there, newest first. */
    List<RoomChat> roomsWith(String a, String b) {
        return jdbc.sql("select m.conversation, count(distinct p), max(m.msgtime) from wecom_archive_message m,"
                        + " unnest(array[m.from_id] || m.tolist) p where m.conversation in (" + ROOMS_OF + " intersect " + ROOMS_OF + ")"
                        + " and m.status = 'decrypted' and p is not null group by m.conversation order by max(m.msgtime) desc, m.conversation")
                .params(a, a, b, b)
                .query((rs, i) -> new RoomChat(rs.getString(1), rs.getInt(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** The readable one-to-one messages with any of these parties stored after {@code afterSeq}, by seq. */
    List<ArchivedMessage> singleWith(Collection<String> parties, long afterSeq, int limit) {
        String[] p = parties.toArray(String[]::new);
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_message where conversation like 'single:%' and" + READABLE
                        + "and seq > ? and (from_id = any(?) or tolist && cast(? as text[])) order by seq limit ?")
                .params(afterSeq, p, p, limit).query((rs, i) -> row(rs)).list();
    }

    List<ArchivedMessage> mediaAfter(long seq, int limit) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_message where status = 'decrypted' and sdkfileid is not null and seq > ? order by seq limit ?")
                .params(seq, limit).query((rs, i) -> row(rs)).list();
    }

    /** Media messages up to {@code seq} without a media entry: those decrypted after their seq was passed (a late key). */
    List<ArchivedMessage> mediaMissing(long seq, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from wecom_archive_message m where m.status = 'decrypted' and m.sdkfileid is not null and m.seq <= ?
                          and not exists (select 1 from wecom_archive_media d where d.msgid = m.msgid) order by m.seq limit ?""")
                .params(seq, limit).query((rs, i) -> row(rs)).list();
    }

    List<ArchivedMessage> latestWith(String party, int limit) {
        return jdbc.sql("""
                        select * from (select distinct on (conversation) %s from wecom_archive_message
                         where status = 'decrypted' and conversation is not null and (from_id = ? or tolist @> array[?]::text[])
                         order by conversation, msgtime desc, seq desc) latest order by msgtime desc limit ?""".formatted(COLUMNS))
                .params(party, party, limit).query((rs, i) -> row(rs)).list();
    }

    List<String> parties(String conversation) {
        return jdbc.sql("""
                        select distinct p from wecom_archive_message m, unnest(m.tolist || m.from_id) p
                         where m.conversation = ? and p is not null order by p""")
                .param(conversation).query(String.class).list();
    }

    List<ArchivedMessage> page(String conversation, Instant after, Instant before, String q, int limit) {
        boolean backwards = before != null;
        String sql = "select " + COLUMNS + " from wecom_archive_message where conversation = ? and status = 'decrypted'"
                // a recall only marks the message it recalls: not a message of its own, so not counted in the page
                + " and msgtype is distinct from 'revoke'"
                + (after != null ? " and msgtime > ?" : "") + (before != null ? " and msgtime < ?" : "")
                + (q != null ? " and msgtype = 'text' and content->'text'->>'content' ilike ?" : "")
                + (backwards ? " order by msgtime desc, seq desc" : " order by msgtime, seq") + " limit ?";
        List<Object> params = new java.util.ArrayList<>();
        params.add(conversation);
        if (after != null) params.add(Timestamp.from(after));
        if (before != null) params.add(Timestamp.from(before));
        if (q != null) params.add(io.qike.crm.platform.validation.Like.contains(q));
        params.add(limit);
        List<ArchivedMessage> found = new java.util.ArrayList<>(jdbc.sql(sql).params(params).query((rs, i) -> row(rs)).list());
        if (backwards) java.util.Collections.reverse(found);
        return found;
    }

    private static ArchivedMessage row(ResultSet rs) throws SQLException {
        java.sql.Array to = rs.getArray("tolist");
        Timestamp msgtime = rs.getTimestamp("msgtime");
        Timestamp recalledAt = rs.getTimestamp("recalled_at");
        return new ArchivedMessage(rs.getString("msgid"), rs.getLong("seq"), rs.getInt("key_version"), rs.getString("status"),
                rs.getString("fail_reason"), rs.getString("action"), rs.getString("msgtype"), rs.getString("from_id"),
                to == null ? List.of() : Arrays.asList((String[]) to.getArray()), rs.getString("roomid"),
                msgtime == null ? null : msgtime.toInstant(), rs.getString("conversation"), rs.getString("content"),
                rs.getString("revokes"), rs.getString("sdkfileid"), rs.getString("md5sum"), (Long) rs.getObject("filesize"),
                rs.getString("recalled_by"), recalledAt == null ? null : recalledAt.toInstant(), rs.getBoolean("external"));
    }
}
