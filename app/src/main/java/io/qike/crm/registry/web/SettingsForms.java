package io.qike.crm.registry.web;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.registry.FieldMapping;
import io.qike.crm.registry.settings.InitializeRequest;
import io.qike.crm.registry.settings.SettingsDraft;
import io.qike.crm.platform.validation.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The settings page's forms as the browser posts them, turned into the service's requests. */
final class SettingsForms {
    private SettingsForms() {
    }

    static SettingsDraft general(Map<String, String> f) {
        List<FieldProblem> p = new ArrayList<>();
        SettingsDraft d = new SettingsDraft(f.containsKey("enabled"), f.getOrDefault("primary", ""), f.getOrDefault("fallback", ""),
                integer(f, "searchTtlMinutes", p), integer(f, "detailTtlMinutes", p), integer(f, "refreshAfterDays", p), null);
        if (!p.isEmpty()) throw new InvalidInputException(p);
        return d;
    }

    static InitializeRequest initialize(Map<String, String> f) {
        List<FieldProblem> p = new ArrayList<>();
        BigDecimal cost = null;
        if (Text.hasText(f.get("costPerCall"))) {
            try {
                cost = new BigDecimal(f.get("costPerCall").trim());
            } catch (NumberFormatException e) {
                p.add(FieldProblem.of("costPerCall", "number"));
            }
        }
        InitializeRequest r = new InitializeRequest(f.get("apiKey"), f.get("secretKey"), f.get("baseUrl"), integer(f, "qps", p),
                integer(f, "dailyBudget", p), cost, f.containsKey("useSandbox"));
        if (!p.isEmpty()) throw new InvalidInputException(p);
        return r;
    }

    /** The bound flows and the mapping rows {@code mappings[i].source} / {@code mappings[i].target}; blank rows are dropped. */
    static SettingsDraft.SourceDraft source(Map<String, String> f) {
        List<FieldMapping> rows = new ArrayList<>();
        for (int i = 0; f.containsKey("mappings[" + i + "].source") || f.containsKey("mappings[" + i + "].target"); i++) {
            String source = f.get("mappings[" + i + "].source"), target = f.get("mappings[" + i + "].target");
            if (Text.hasText(source) || Text.hasText(target)) rows.add(new FieldMapping(Text.trimToNull(source), Text.trimToNull(target)));
        }
        // No rows at all (a flow just bound, nothing mapped yet): the default mapping for the flow's outputs.
        return new SettingsDraft.SourceDraft(f.get("searchFlow"), f.get("detailFlow"), rows.isEmpty() ? null : rows);
    }

    private static Integer integer(Map<String, String> f, String name, List<FieldProblem> p) {
        String v = f.get(name);
        if (!Text.hasText(v)) return null;
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            p.add(FieldProblem.of(name, "number"));
            return null;
        }
    }
}
