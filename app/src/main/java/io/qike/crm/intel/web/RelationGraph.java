package io.qike.crm.intel.web;

import io.qike.crm.dedup.CompanyNames;
import io.qike.crm.intel.clients.ClientMatches;
import io.qike.crm.intel.partnership.Relation;
import io.qike.crm.intel.partnership.RunCompanies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The relations as an ECharts graph: a node per company, sized by the total amount of its relations and put in a
 * category (already our customer, one of the companies the run was asked about, or found through them); an edge
 * per relation from supplier to customer, labelled with its source and date. Built on the server so the page only
 * draws it; the category names are the page's, so this holds no text of its own.
 */
final class RelationGraph {
    /** Node categories, in the order of the legend the page draws. */
    enum Category { OURS, ASKED, FOUND }

    /** {@code customerId} is set only when the company is our customer and the user may see it. */
    record Node(String name, BigDecimal value, double symbolSize, int category, Long customerId) {
    }

    record Link(String source, String target, BigDecimal value, String label) {
    }

    record Graph(List<Node> nodes, List<Link> links) {
    }

    private RelationGraph() {
    }

    static Graph of(List<Relation> relations, Collection<String> asked, RunCompanies companies) {
        Set<String> askedNames = asked.stream().map(CompanyNames::normalize).collect(Collectors.toSet());
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (Relation r : relations) {
            BigDecimal amount = r.amount() == null ? BigDecimal.ZERO : r.amount();
            totals.merge(r.companyName(), amount, BigDecimal::add);
            totals.merge(r.relatedCompanyName(), amount, BigDecimal::add);
            String label = (r.source() == null ? "" : r.source()) + (r.publicDate() == null ? "" : " " + r.publicDate());
            links.add(new Link(r.companyName(), r.relatedCompanyName(), r.amount(), label.strip()));
        }
        double max = totals.values().stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        List<Node> nodes = totals.entrySet().stream().map(e -> {
            ClientMatches.Match match = companies.customer(e.getKey());
            Category category = match != null ? Category.OURS
                    : askedNames.contains(CompanyNames.normalize(e.getKey())) ? Category.ASKED : Category.FOUND;
            double size = max <= 0 ? 16 : 12 + 48 * Math.sqrt(e.getValue().doubleValue() / max);
            return new Node(e.getKey(), e.getValue(), size, category.ordinal(), match == null ? null : match.customerId());
        }).toList();
        return new Graph(nodes, links);
    }
}
