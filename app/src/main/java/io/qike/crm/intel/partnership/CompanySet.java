package io.qike.crm.intel.partnership;

import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import java.util.ArrayList;
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
    private CompanySet() {
    }

    /** Names pasted by a user: one per line, or separated by commas, semicolons or tabs. */
    public static List<String> parse(String pasted) {
        if (pasted == null) return List.of();
        return Arrays.stream(pasted.split("[\\r\\n\\t,;；]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static List<String> check(List<String> names, int max) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> unique = new LinkedHashSet<>();
        if (names == null || names.isEmpty()) throw new InvalidInputException(FieldProblem.of("companies", "required"));
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i) == null ? "" : names.get(i).strip();
            String field = "companies[" + i + "]";
            if (n.isEmpty()) problems.add(FieldProblem.of(field, "required"));
            else if (n.indexOf(',') >= 0) problems.add(FieldProblem.of(field, "comma", n));
            else if (n.codePointCount(0, n.length()) < 2) problems.add(FieldProblem.of(field, "too_short"));
            else unique.add(n);
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        if (unique.size() < 2) throw new InvalidInputException(FieldProblem.of("companies", "too_few", 2));
        if (unique.size() > max) throw new InvalidInputException(FieldProblem.of("companies", "too_many", max));
        return List.copyOf(unique);
    }
}
