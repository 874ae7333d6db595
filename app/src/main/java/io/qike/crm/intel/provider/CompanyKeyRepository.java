package io.qike.crm.intel.provider;

import io.qike.crm.customer.CustomerMergeParticipant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 企查查 KeyNo of companies intel made customers ({@code intel_company_key}), kept across renames. */
@Repository
public class CompanyKeyRepository implements CustomerMergeParticipant {
    private final JdbcClient jdbc;

    CompanyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer id of each of these KeyNos that has one. */
    public Map<String, Long> customersOf(Collection<String> keyNos) {
        Map<String, Long> found = new HashMap<>();
        jdbc.sql("select key_no, customer_id from intel_company_key where key_no = any(?)").param(keyNos.toArray(String[]::new))
                .query(rs -> { found.put(rs.getString("key_no"), rs.getLong("customer_id")); });
        return found;
    }

    public void remember(String keyNo, long customerId) {
        jdbc.sql("""
                insert into intel_company_key(key_no, customer_id) values (?, ?)
                on conflict (tenant_id, key_no) do update set customer_id = excluded.customer_id""").params(keyNo, customerId).update();
    }

    /** 合并客户: a company listed again under its KeyNo is recognised as the surviving customer. */
    @Override
    public void moveTo(long from, long into) {
        jdbc.sql("update intel_company_key set customer_id = ? where customer_id = ?").params(into, from).update();
    }
}
