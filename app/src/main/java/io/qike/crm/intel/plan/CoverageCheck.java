package io.qike.crm.intel.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Independent check of a plan against its companies, used by the tests and before running a plan. */
public final class CoverageCheck {

    private CoverageCheck() {
    }

    /** True if {@link #problems} finds nothing. */
    public static boolean covers(Plan plan, List<String> companies) {
        return problems(plan, companies).isEmpty();
    }

    /**
     * Everything wrong with the plan for these companies (after the planner's own trimming and deduplication):
     * a call with more than 20 names, a repeated name in a call, a name that is not one of the companies, and
     * pairs of companies that share no call (the first few are listed, with the total).
     */
    public static List<String> problems(Plan plan, List<String> companies) {
        List<String> names = PlanNames.normalise(companies);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        List<String> problems = new ArrayList<>();
        long[][] covered = PairBits.empty(names.size());
        for (int c = 0; c < plan.calls().size(); c++) {
            List<String> call = plan.calls().get(c);
            if (call.size() > Covering.MAX_BLOCK) {
                problems.add("call " + (c + 1) + " names " + call.size() + " companies");
            }
            Set<String> seen = new HashSet<>();
            List<Integer> members = new ArrayList<>();
            for (String name : call) {
                if (!seen.add(name)) {
                    problems.add("call " + (c + 1) + " names " + name + " twice");
                }
                Integer i = index.get(name);
                if (i == null) {
                    problems.add("call " + (c + 1) + " names " + name + ", which is not one of the companies");
                } else {
                    members.add(i);
                }
            }
            for (int a : members) {
                for (int b : members) {
                    if (a != b) {
                        PairBits.set(covered, a, b);
                    }
                }
            }
        }
        long missing = 0;
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                if (!PairBits.get(covered, a, b)) {
                    if (missing < 5) {
                        problems.add(names.get(a) + " and " + names.get(b) + " share no call");
                    }
                    missing++;
                }
            }
        }
        if (missing > 5) {
            problems.add(missing + " pairs share no call in all");
        }
        return problems;
    }
}
