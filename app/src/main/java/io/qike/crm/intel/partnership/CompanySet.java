package io.qike.crm.intel.partnership;

import io.qike.crm.intel.provider.QichachaFlows;
import io.qike.crm.platform.validation.Checks;
import io.qike.crm.platform.validation.Text;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The companies of a run, checked before anything is spent: trimmed, repeats removed (first kept), and every
 * name sendable — at least 2 characters (企查查 answers 213 otherwise) and without an ASCII comma, which
 * separates names in companyNames.
 */
public final class CompanySet {
    /** The problem code of a choice that names no company at all (an empty paste, an empty list of names). */
    public static final String NONE = "no_companies";

    private CompanySet() {
    }

    /** Names pasted by a user: one per line, or separated by commas, semicolons or tabs. */
    public static List<String> parse(String pasted) {
        if (pasted == null) return List.of();
        return Arrays.stream(pasted.split("[\\r\\n\\t,;；]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<String> check(List<String> names, int max) {
        Checks checks = new Checks();
        // No name at all is refused as such, not as a blank first name: the user forgot to choose the companies.
        if (names == null || names.stream().allMatch(Text::isBlank)) checks.add("companies", NONE).throwIfAny();
        Set<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i) == null ? "" : names.get(i).strip();
            String field = "companies[" + i + "]";
            if (n.isEmpty()) checks.add(field, "required");
            else if (n.indexOf(',') >= 0) checks.add(field, "comma", n);
            else if (n.codePointCount(0, n.length()) < QichachaFlows.MIN_NAME) checks.add(field, "too_short", QichachaFlows.MIN_NAME);
            else unique.add(n);
        }
        checks.throwIfAny();
        if (unique.size() < 2) checks.add("companies", "too_few", 2);
        else if (unique.size() > max) checks.add("companies", "too_many", max);
        checks.throwIfAny();
        return List.copyOf(unique);
    }
}
