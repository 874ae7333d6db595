package io.qike.crm.wecom.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    public Map<Long, String> useridsOf(Collection<Long> userIds) {
        Map<Long, String> found = new HashMap<>();
        jdbc.sql("select user_id, userid from wecom_binding where user_id = any(?)").param(userIds.toArray(Long[]::new))
                .query(rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                });
        return found;
    }
}
