package io.qike.crm.intel.clients;

import io.qike.crm.customer.Customer;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.dedup.DuplicateCandidate;
import io.qike.crm.dedup.DuplicateCheck;
import io.qike.crm.intel.provider.CompanyKeyRepository;
import io.qike.crm.platform.NotFoundException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final CompanyKeyRepository keys;

    ClientMatches(DuplicateCheck duplicates, CustomerService customers, CompanyKeyRepository keys) {
        this.duplicates = duplicates;
        this.customers = customers;
        this.keys = keys;
    }

    public Lookup lookup(Collection<String> names, Collection<String> keyNos) {
        Map<String, Match> byName = new HashMap<>();
        duplicates.sameNames(names).forEach((norm, c) -> byName.put(norm, match(c)));
        Map<String, Match> byKey = new HashMap<>();
        List<String> known = keyNos.stream().filter(Objects::nonNull).distinct().toList();
        if (!known.isEmpty()) keys.customersOf(known).forEach((keyNo, customerId) -> byKey.put(keyNo, visible(customerId)));
        return new Lookup(byName, byKey);
    }

    /** Remembers that a company of 企查查 became this customer. */
    public void remember(String keyNo, long customerId) {
        if (keyNo == null || keyNo.isBlank()) return;
        keys.remember(keyNo, customerId);
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
