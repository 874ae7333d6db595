package io.qike.crm.archive.keys;

import io.qike.crm.archive.ArchiveKeyRing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprise's archive key pairs (row-level security keeps them to the current tenant); rows are never deleted. */
@Repository
class ArchiveKeyRepository {
    private static final String COLUMNS = "id, tenant_id, public_key_pem, private_key, version, fingerprint, created_at, decrypted_count";
    private final JdbcClient jdbc;

    ArchiveKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String publicKeyPem, String sealedPrivateKey, String fingerprint) {
        return jdbc.sql("""
                insert into wecom_archive_key(public_key_pem, private_key, fingerprint) values (:pem, :key, :fp) returning id""")
                .param("pem", publicKeyPem).param("key", sealedPrivateKey).param("fp", fingerprint).query(Long.class).single();
    }

    /** Newest first. */
    List<KeyRow> list() {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_key order by id desc").query(ArchiveKeyRepository::row).list();
    }

    Optional<KeyRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_key where id = ?").param(id).query(ArchiveKeyRepository::row).optional();
    }

    Optional<KeyRow> findByVersion(int version) {
        return jdbc.sql("select " + COLUMNS + " from wecom_archive_key where version = ?").param(version)
                .query(ArchiveKeyRepository::row).optional();
    }

    ArchiveKeyRing.KeyPairCount count() {
        return jdbc.sql("select count(*), count(version) from wecom_archive_key")
                .query((rs, i) -> new ArchiveKeyRing.KeyPairCount(rs.getInt(1), rs.getInt(2))).single();
    }

    void setVersion(long id, int version) {
        jdbc.sql("update wecom_archive_key set version = :v where id = :id").param("v", version).param("id", id).update();
    }

    void addDecrypted(int version, int n) {
        jdbc.sql("update wecom_archive_key set decrypted_count = decrypted_count + :n where version = :v")
                .param("n", n).param("v", version).update();
    }

    private static KeyRow row(ResultSet rs, int n) throws SQLException {
        return new KeyRow(rs.getLong("id"), rs.getLong("tenant_id"), rs.getString("public_key_pem"), rs.getString("private_key"),
                (Integer) rs.getObject("version"), rs.getString("fingerprint"), rs.getTimestamp("created_at").toInstant(),
                rs.getLong("decrypted_count"));
    }
}
