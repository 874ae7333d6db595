package io.qike.crm.intel.web;

import io.qike.crm.intel.partnership.Relation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relations as an ECharts graph: a node per company, sized by the total amount of its relations; an edge
 * per relation, labelled with its source and date. Built on the server so the page only draws it.
 */
final class RelationGraph {
    record Node(String name, BigDecimal value, double symbolSize) {
    }

    record Link(String source, String target, BigDecimal value, String label) {
    }

    record Graph(List<Node> nodes, List<Link> links) {
    }

    private RelationGraph() {
    }

    static Graph of(List<Relation> relations) {
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
        List<Node> nodes = totals.entrySet().stream().map(e -> new Node(e.getKey(), e.getValue(),
                max <= 0 ? 16 : 12 + 48 * Math.sqrt(e.getValue().doubleValue() / max))).toList();
        return new Graph(nodes, links);
    }
}
