package io.qike.crm.archive.keys;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprise's one row of archive settings. */
@Repository
class ArchiveSettingsRepository {
    private final JdbcClient jdbc;

    ArchiveSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SettingsRow> find() {
        return jdbc.sql("select tenant_id, secret, app_secret, trusted_ips, updated_at from wecom_archive_settings")
                .query(ArchiveSettingsRepository::row).optional();
    }

    void save(String secret, String appSecret, List<String> trustedIps) {
        jdbc.sql("""
                insert into wecom_archive_settings(secret, app_secret, trusted_ips, updated_at)
                values (:secret, :app, string_to_array(:ips, ','), clock_timestamp())
                on conflict (tenant_id) do update set secret = excluded.secret, app_secret = excluded.app_secret,
                    trusted_ips = excluded.trusted_ips, updated_at = excluded.updated_at""")
                .param("secret", secret).param("app", appSecret).param("ips", String.join(",", trustedIps)).update();
    }

    private static SettingsRow row(ResultSet rs, int n) throws SQLException {
        Array ips = rs.getArray("trusted_ips");
        List<String> list = ips == null ? List.of() : Arrays.asList((String[]) ips.getArray());
        return new SettingsRow(rs.getLong("tenant_id"), rs.getString("secret"), rs.getString("app_secret"), List.copyOf(list),
                rs.getTimestamp("updated_at").toInstant());
    }
}
