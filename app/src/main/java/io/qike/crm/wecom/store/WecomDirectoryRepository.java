package io.qike.crm.wecom.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The corp's address book as last synced (wecom_department, wecom_member). The contacts sync fills it; what is
 * here is what the diagnosis and the binding need to read.
 */
@Repository
public class WecomDirectoryRepository {
    private final JdbcClient jdbc;

    WecomDirectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int members() {
        return jdbc.sql("select count(*) from wecom_member where removed_at is null").query(Integer.class).single();
    }

    public int departments() {
        return jdbc.sql("select count(*) from wecom_department").query(Integer.class).single();
    }
}
