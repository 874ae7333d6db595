package io.qike.crm.intel;

import io.qike.crm.intel.partnership.Relation;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the sandbox's data set holds, to compare runs with: companies rich in relations, and the relations among them. */
public final class SandboxRelations {
    private SandboxRelations() {
    }

    /** {@code n} companies chosen so that many relations lie among them: companies with relations, then their partners. */
    public static List<String> connected(CompanyDataSet data, int n, int skip) {
        Set<String> names = new LinkedHashSet<>();
        for (Company c : data.companies().subList(skip, data.size())) {
            var relations = data.relationsOf(c);
            if (relations.isEmpty()) continue;
            names.add(c.name());
            relations.forEach(r -> names.add(r.relatedCompanyName()));
            if (names.size() >= n) break;
        }
        return new ArrayList<>(names).subList(0, n);
    }

    /** The keys of the relations among the names, as intel identifies relations. */
    public static Set<String> keysAmong(CompanyDataSet data, Collection<String> names) {
        return data.relationsAmong(names).stream().map(r -> new Relation(r.companyName(), r.relatedCompanyName(),
                r.amount() == null ? null : new BigDecimal(r.amount()), r.publicDate(), r.source(), null).key()).collect(Collectors.toSet());
    }

    public static Set<String> keys(Collection<Relation> relations) {
        return relations.stream().map(Relation::key).collect(Collectors.toSet());
    }
}
