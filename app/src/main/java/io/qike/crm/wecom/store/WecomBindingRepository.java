package io.qike.crm.wecom.store;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which WeCom member is which Qike user (wecom_binding: one each way). */
@Repository
public class WecomBindingRepository {
    private final JdbcClient jdbc;

    WecomBindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> userOf(String userid) {
        return jdbc.sql("select user_id from wecom_binding where userid = ?").param(userid).query(Long.class).optional();
    }

    public Optional<String> useridOf(long userId) {
        return jdbc.sql("select userid from wecom_binding where user_id = ?").param(userId).query(String.class).optional();
    }
}
