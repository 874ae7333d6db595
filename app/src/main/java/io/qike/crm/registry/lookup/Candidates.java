package io.qike.crm.registry.lookup;

import io.qike.crm.integration.values.Dates;
import io.qike.crm.registry.RegistryCandidate;
import io.qike.crm.registry.mapping.Conversions;
import io.qike.crm.registry.mapping.Regions;
import io.qike.crm.registry.mapping.Statuses;
import io.qike.crm.registry.preset.ProviderPresets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the hits of a search flow. Preset flows name the fields as Qike does; a hand-built flow may
 * pass a provider's list through unchanged, so each field is also looked for under the providers'
 * own names (企查查 Name/OperName, 天眼查 legalPersonName/estiblishTime, 启信宝 credit_no/oper_name).
 */
final class Candidates {
    private Candidates() {
    }

    static List<RegistryCandidate> of(Map<String, Object> outputs) {
        Object list = outputs.get(ProviderPresets.CANDIDATES);
        if (!(list instanceof List)) list = outputs.values().stream().filter(v -> v instanceof List).findFirst().orElse(List.of());
        List<RegistryCandidate> out = new ArrayList<>();
        for (Object item : (List<?>) list) {
            if (!(item instanceof Map<?, ?> m)) continue;
            String name = get(m, "name", "Name", "companyName", "ename");
            if (name == null) continue;
            String address = get(m, "address", "Address", "regLocation");
            String region = address != null ? Regions.of(address) : null;
            if (region == null) region = Regions.province(get(m, "province", "base", "Province"));
            String creditCode = get(m, "creditCode", "CreditCode", "credit_no", "creditNo");
            if (region == null) region = Regions.ofCreditCode(creditCode);
            out.add(new RegistryCandidate(name, creditCode,
                    get(m, "legalPerson", "OperName", "oper_name", "legalPersonName"),
                    Statuses.of(get(m, "status", "Status", "regStatus")),
                    Dates.format(first(m, "establishedOn", "StartDate", "start_date", "estiblishTime")), region, address,
                    get(m, "regNo", "No", "reg_no", "regNumber")));
        }
        return out;
    }

    /** The number of hits the provider reports for the whole search (its total), or 0 when the flow gives none. */
    static long total(Map<String, Object> outputs) {
        Object t = outputs.get("total");
        if (t instanceof Number n) return n.longValue();
        try {
            return t == null ? 0 : new java.math.BigDecimal(Conversions.text(t).trim()).longValue();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String get(Map<?, ?> m, String... names) {
        String s = Conversions.text(first(m, names));
        return s.isEmpty() ? null : s;
    }

    private static Object first(Map<?, ?> m, String... names) {
        for (String n : names) if (m.get(n) != null) return m.get(n);
        return null;
    }
}
