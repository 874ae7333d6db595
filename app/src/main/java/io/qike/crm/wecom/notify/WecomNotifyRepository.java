package io.qike.crm.wecom.notify;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Qike users of the current enterprise who are bound to a WeCom member (wecom_binding), for the diagnosis. */
@Repository
class WecomNotifyRepository {
    private final JdbcClient jdbc;

    WecomNotifyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> boundUsers() {
        return jdbc.sql("select user_id from wecom_binding order by user_id").query(Long.class).list();
    }
}
