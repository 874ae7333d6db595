package io.qike.crm.wecom.store;

import java.util.Optional;
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

    /** How far a member reaches the CRM app: in its visible range, seated, bound. */
    public record Reach(boolean inVisibleRange, boolean seated, boolean bound) {
    }

    public Optional<Reach> reach(String userid) {
        return jdbc.sql("""
                select m.in_visible_range, m.seated, exists(select 1 from wecom_binding b where b.userid = m.userid) as bound
                from wecom_member m where m.userid = ? and m.removed_at is null""").param(userid)
                .query((rs, i) -> new Reach(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).optional();
    }
}
