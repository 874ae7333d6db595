package io.qike.crm.archive.retention;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rules of automatic retention of the current tenant (wecom_archive_retention_rule). */
@Repository
class RetentionRuleRepository {
    private final JdbcClient jdbc;

    RetentionRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RetentionRule> all() {
        return jdbc.sql("select scope, department_id, customer_id from wecom_archive_retention_rule order by scope, id")
                .query((rs, i) -> new RetentionRule(rs.getString(1), (Long) rs.getObject(2), (Long) rs.getObject(3), null)).list();
    }

    /** The user who last saved the rules: the automatic run acts in their name when the chatting member's user cannot. */
    Optional<Long> savedBy() {
        return jdbc.sql("select saved_by from wecom_archive_retention_rule order by saved_at desc, id desc limit 1").query(Long.class).optional();
    }

    void replace(List<RetentionRule> rules, long userId) {
        jdbc.sql("delete from wecom_archive_retention_rule").update();
        for (RetentionRule r : rules) {
            jdbc.sql("insert into wecom_archive_retention_rule(scope, department_id, customer_id, saved_by) values (?, ?, ?, ?)")
                    .params(r.scope(), r.departmentId(), r.customerId(), userId).update();
        }
    }

    List<Long> tenants() {
        return jdbc.sql("select tenant_id from qike_archive_retention_tenants()").query(Long.class).list();
    }
}
