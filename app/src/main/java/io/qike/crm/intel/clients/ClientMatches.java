package io.qike.crm.intel.clients;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.dedup.DuplicateCandidate;
import io.qike.crm.dedup.DuplicateCheck;
import io.qike.crm.platform.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which companies of a list already are our customers: by normalised name (the duplicate check's rule, across
 * the whole tenant), or by the 企查查 KeyNo recorded when intel made the company a customer (survives renames).
 */
@Component
public class ClientMatches {
    /** The customer a company already is; id and name are null when the user may not see that customer. */
    public record Match(Long customerId, String customerName) {
    }

    /** Matches of one list, asked per company. */
    public record Lookup(Map<String, Match> byName, Map<String, Match> byKeyNo) {
        public Match of(String name, String keyNo) {
            Match m = keyNo == null ? null : byKeyNo.get(keyNo);
            return m != null ? m : byName.get(CompanyNames.normalize(name));
        }
    }

    private final DuplicateCheck duplicates;
    private final CustomerService customers;
    private final JdbcClient jdbc;

    ClientMatches(DuplicateCheck duplicates, CustomerService customers, JdbcClient jdbc) {
        this.duplicates = duplicates;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    public Lookup lookup(Collection<String> names, Collection<String> keyNos) {
        Map<String, Match> byName = new HashMap<>();
        duplicates.sameNames(names).forEach((norm, c) -> byName.put(norm, match(c)));
        Map<String, Match> byKey = new HashMap<>();
        List<String> keys = keyNos.stream().filter(Objects::nonNull).distinct().toList();
        if (!keys.isEmpty()) {
            jdbc.sql("select key_no, customer_id from intel_company_key where key_no = any(?)").param(keys.toArray(String[]::new))
                    .query(rs -> { byKey.put(rs.getString("key_no"), visible(rs.getLong("customer_id"))); });
        }
        return new Lookup(byName, byKey);
    }

    /** Remembers that a company of 企查查 became this customer. */
    public void remember(String keyNo, long customerId) {
        if (keyNo == null || keyNo.isBlank()) return;
        jdbc.sql("""
                insert into intel_company_key(key_no, customer_id) values (?, ?)
                on conflict (tenant_id, key_no) do update set customer_id = excluded.customer_id""").params(keyNo, customerId).update();
    }

    private Match visible(long customerId) {
        try {
            Customer c = customers.get(customerId);
            return new Match(c.id(), c.name());
        } catch (NotFoundException e) {
            return new Match(null, null);
        }
    }

    private static Match match(DuplicateCandidate c) {
        return c.readable() ? new Match(c.id(), c.name()) : new Match(null, null);
    }
}
