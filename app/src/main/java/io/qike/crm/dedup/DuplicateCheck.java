package io.qike.crm.dedup;

import io.qike.crm.platform.DataScopes;
import io.qike.crm.platform.Permission;
import io.qike.crm.platform.RequiresPermission;
import io.qike.crm.platform.VisibleOwners;
import io.qike.crm.platform.org.RecordOwners;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks for the same company among all of the tenant's customers, whatever the user's data scope:
 * an identical credit code blocks creation; a similar normalised name warns. The customers come from
 * {@link CustomerCandidates}; what the user may learn about each is decided here.
 */
@Service
public class DuplicateCheck {
    /** Similar means pg_trgm similarity of the normalised names of at least this. */
    static final double SIMILAR = 0.5;
    /** The customers found by a search on the tool page, each shown with its look-alikes. */
    private static final int GROUPS = 20;
    private final CustomerCandidates customers;
    private final DataScopes scopes;
    private final RecordOwners owners;

    DuplicateCheck(CustomerCandidates customers, DataScopes scopes, RecordOwners owners) {
        this.customers = customers;
        this.scopes = scopes;
        this.owners = owners;
    }

    @Transactional(readOnly = true)
    public DuplicateReport check(String name, String creditCode, Long excludeId) {
        VisibleOwners visible = scopes.current();
        long exclude = excludeId == null ? -1 : excludeId;
        String code = CreditCodes.normalize(creditCode);
        CustomerCandidates.Row same = code == null ? null : customers.withCreditCode(code, exclude).orElse(null);
        String norm = CompanyNames.normalize(name);
        List<CustomerCandidates.Row> similar = norm.length() < 2 ? List.of() : customers.similarNames(norm, SIMILAR, exclude, 5)
                .stream().filter(c -> same == null || c.id() != same.id()).toList();
        List<DuplicateCandidate> found = candidates(same == null ? similar : concat(same, similar), visible);
        return same == null ? new DuplicateReport(null, found) : new DuplicateReport(found.get(0), found.subList(1, found.size()));
    }

    /**
     * The tenant's customers whose normalised name equals one of {@code names} (one query for a whole list, such
     * as a company's customer list from 企查查), by normalised name; the first customer wins when several match.
     */
    public Map<String, DuplicateCandidate> sameNames(Collection<String> names) {
        Set<String> norms = new LinkedHashSet<>();
        for (String n : names) {
            String norm = CompanyNames.normalize(n);
            if (norm.length() >= 2) norms.add(norm);
        }
        if (norms.isEmpty()) return Map.of();
        List<CustomerCandidates.Row> rows = customers.withNormalizedNames(norms);
        List<DuplicateCandidate> candidates = candidates(rows, scopes.current());
        Map<String, DuplicateCandidate> found = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) found.putIfAbsent(rows.get(i).nameNorm(), candidates.get(i));
        return found;
    }

    /**
     * The duplicate-check tool page: the customers found by name, credit code or phone, each with the customers
     * that look like it (same credit code, similar name, same phone) and why. A group already shown with the same
     * customers is not shown again.
     */
    @RequiresPermission(Permission.CUSTOMER_VIEW)
    public List<DuplicateGroup> search(String keyword) {
        String q = keyword == null ? "" : keyword.trim();
        if (q.length() < 2) return List.of();
        String code = CreditCodes.normalize(q);
        String norm = CompanyNames.normalize(q);
        String digits = q.replaceAll("\\D", "");
        VisibleOwners visible = scopes.current();
        List<CustomerCandidates.Scored> hits = customers.search(code, norm, digits, GROUPS);
        List<DuplicateCandidate> shown = candidates(hits.stream().map(CustomerCandidates.Scored::row).toList(), visible);
        List<DuplicateGroup> groups = new java.util.ArrayList<>();
        Set<Set<Long>> seen = new java.util.HashSet<>();
        for (int i = 0; i < hits.size(); i++) {
            CustomerCandidates.Row hit = hits.get(i).row();
            List<CustomerCandidates.Scored> alike = customers.alike(hit.id(), hit.nameNorm(), digitsOf(hit.phone()), SIMILAR, 10);
            Set<Long> ids = new java.util.HashSet<>(List.of(hit.id()));
            alike.forEach(a -> ids.add(a.row().id()));
            if (!seen.add(ids)) continue;
            List<DuplicateCandidate> others = candidates(alike.stream().map(CustomerCandidates.Scored::row).toList(), visible);
            List<DuplicateGroup.Alike> found = new java.util.ArrayList<>();
            for (int j = 0; j < alike.size(); j++) found.add(new DuplicateGroup.Alike(others.get(j), reasons(hit, alike.get(j))));
            DuplicateReasons matched = new DuplicateReasons(code != null && code.equals(hit.creditCode()),
                    !norm.isEmpty() && hit.nameNorm().contains(norm) ? percent(hits.get(i).similarity()) : null,
                    digits.length() >= 4 && digitsOf(hit.phone()).endsWith(digits));
            groups.add(new DuplicateGroup(shown.get(i), matched, found));
        }
        return groups;
    }

    /** Why {@code other} looks like {@code row}. */
    private static DuplicateReasons reasons(CustomerCandidates.Row row, CustomerCandidates.Scored other) {
        CustomerCandidates.Row o = other.row();
        boolean alikeNames = o.nameNorm().equals(row.nameNorm()) || other.similarity() >= SIMILAR
                || (row.nameNorm().length() >= 4 && o.nameNorm().contains(row.nameNorm()));
        String phone = digitsOf(row.phone());
        return new DuplicateReasons(row.creditCode() != null && row.creditCode().equals(o.creditCode()),
                alikeNames ? percent(other.similarity()) : null, !phone.isEmpty() && phone.equals(digitsOf(o.phone())));
    }

    private static int percent(double similarity) {
        return (int) Math.round(similarity * 100);
    }

    private static String digitsOf(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }

    private static List<CustomerCandidates.Row> concat(CustomerCandidates.Row first, List<CustomerCandidates.Row> rest) {
        List<CustomerCandidates.Row> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** What the user may learn of each: a customer they may not read shows only its id, name and owner. */
    private List<DuplicateCandidate> candidates(List<CustomerCandidates.Row> rows, VisibleOwners visible) {
        if (rows.isEmpty()) return List.of();
        Map<Long, String> ownerNames = owners.names(rows.stream().map(CustomerCandidates.Row::ownerId).toList());
        return rows.stream().map(r -> {
            boolean readable = visible.includes(r.ownerId());
            return new DuplicateCandidate(r.id(), r.name(), ownerNames.get(r.ownerId()), readable,
                    readable ? r.creditCode() : null, readable ? r.phone() : null);
        }).toList();
    }
}
