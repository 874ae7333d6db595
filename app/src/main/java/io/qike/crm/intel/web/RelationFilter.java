package io.qike.crm.intel.web;

import io.qike.crm.intel.partnership.Relation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The filters of a run's results table, also applied to its graph and export: a company (either side, by part
 * of its name), a source, a smallest amount, and only the relations that are new since the previous run.
 */
record RelationFilter(String company, String source, BigDecimal minAmount, Boolean onlyNew) {

    List<Relation> apply(List<Relation> relations, Set<String> newKeys) {
        String c = company == null ? "" : company.strip();
        return relations.stream()
                .filter(r -> c.isEmpty() || r.companyName().contains(c) || r.relatedCompanyName().contains(c))
                .filter(r -> source == null || source.isBlank() || source.equals(r.source()))
                .filter(r -> minAmount == null || (r.amount() != null && r.amount().compareTo(minAmount) >= 0))
                .filter(r -> onlyNew == null || !onlyNew || newKeys.contains(r.key()))
                .toList();
    }
}
