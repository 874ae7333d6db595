package io.qike.crm.archive.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The held transcripts (wecom_archive_transcript); their files are in the platform's file store by hash. */
@Repository
class TranscriptRepository {
    private final JdbcClient jdbc;

    TranscriptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(HeldTranscript t, long userId, String sha256) {
        jdbc.sql("""
                        insert into wecom_archive_transcript(id, user_id, external_userid, file_name, sha256, size_bytes, text, messages)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(t.uploadId(), userId, t.externalUserid(), t.fileName(), sha256, t.sizeBytes(), t.text(), t.messages()).update();
    }

    /** The transcript and its file's hash, if this user made it. */
    Optional<Stored> find(UUID id, long userId) {
        return jdbc.sql("select * from wecom_archive_transcript where id = ? and user_id = ?").params(id, userId)
                .query((rs, i) -> new Stored(new HeldTranscript(rs.getObject("id", UUID.class), rs.getString("external_userid"),
                        rs.getString("file_name"), rs.getLong("size_bytes"), rs.getInt("messages"), rs.getString("text")),
                        rs.getString("sha256"))).optional();
    }

    /** The enterprises holding transcripts made before {@code cutoff} (across tenants: for the scheduled cleanup). */
    List<Long> tenantsHoldingBefore(Instant cutoff) {
        return jdbc.sql("select tenant_id from qike_archive_transcript_tenants(?)").param(Timestamp.from(cutoff)).query(Long.class).list();
    }

    /** Deletes the current enterprise's held transcripts made before {@code cutoff} (not their files); how many. */
    int deleteBefore(Instant cutoff) {
        return jdbc.sql("delete from wecom_archive_transcript where created_at < ?").param(Timestamp.from(cutoff)).update();
    }

    record Stored(HeldTranscript transcript, String sha256) {
    }
}
