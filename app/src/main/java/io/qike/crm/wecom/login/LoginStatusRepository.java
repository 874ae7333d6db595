package io.qike.crm.wecom.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current enterprise's wecom_login_status: where members come back to and how their last WeCom sign-ins went. */
@Repository
public class LoginStatusRepository {
    /** The row as the diagnosis and the message cards read it. */
    public record Status(String publicBaseUrl, Instant lastSuccessAt, Integer lastError, String lastErrorHost,
                         String lastErrorUserid, Instant lastErrorAt) {
    }

    private final JdbcClient jdbc;

    LoginStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Status> find() {
        return jdbc.sql("""
                select public_base_url, last_success_at, last_error, last_error_host, last_error_userid, last_error_at
                from wecom_login_status""").query((rs, i) -> new Status(rs.getString("public_base_url"),
                instant(rs.getTimestamp("last_success_at")), (Integer) rs.getObject("last_error"), rs.getString("last_error_host"),
                rs.getString("last_error_userid"), instant(rs.getTimestamp("last_error_at")))).optional();
    }

    public void publicBaseUrl(String url) {
        jdbc.sql("""
                insert into wecom_login_status(public_base_url) values (?)
                on conflict (tenant_id) do update set public_base_url = excluded.public_base_url
                where wecom_login_status.public_base_url is distinct from excluded.public_base_url""").param(url).update();
    }

    void succeeded() {
        jdbc.sql("""
                insert into wecom_login_status(last_success_at) values (clock_timestamp())
                on conflict (tenant_id) do update set last_success_at = excluded.last_success_at""").update();
    }

    void failed(int errcode, String host, String userid) {
        jdbc.sql("""
                insert into wecom_login_status(last_error, last_error_host, last_error_userid, last_error_at)
                values (?, ?, ?, clock_timestamp())
                on conflict (tenant_id) do update set last_error = excluded.last_error, last_error_host = excluded.last_error_host,
                    last_error_userid = excluded.last_error_userid, last_error_at = excluded.last_error_at""")
                .params(errcode, host, userid).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
