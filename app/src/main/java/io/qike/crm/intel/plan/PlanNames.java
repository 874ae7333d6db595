package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The companies of a plan: trimmed names, first occurrence kept, blank ones and unsendable ones rejected. */
final class PlanNames {

    private PlanNames() {
    }

    /**
     * Deduplicates in input order. A name is trimmed (also of full-width spaces); a blank or null name is an error,
     * and so is a name with an ASCII comma: companyNames is comma-separated, so the API would read it as two
     * names, and a call could exceed 20 names (status 209).
     */
    static List<String> normalise(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("company names are required");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String trimmed = name == null ? "" : name.strip();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("company name #" + (i + 1) + " is blank");
            }
            if (trimmed.indexOf(',') >= 0) {
                throw new IllegalArgumentException("company name #" + (i + 1) + " contains a comma: " + trimmed);
            }
            unique.add(trimmed);
        }
        return new ArrayList<>(unique);
    }
}
