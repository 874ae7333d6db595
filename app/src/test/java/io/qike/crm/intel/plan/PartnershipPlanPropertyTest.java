package io.qike.crm.intel.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plans every n from 2 to 400 once and checks what a plan must guarantee, and how good it is. */
class PartnershipPlanPropertyTest {

    private static final int MAX_N = 400;

    /**
     * The n above 1.3 × the Schönheim bound, with the calls the planner reaches. 37–39 cannot do better: five
     * calls of 20 cover at most 36 companies (Mills 1979), so six are needed while the bound says four. For 53 and
     * 56–58 no covering with 10 or 11 calls is known to us (an offline annealing search found none).
     */
    static final Map<Integer, Integer> KNOWN_ABOVE_TARGET =
            Map.of(37, 6, 38, 6, 39, 6, 53, 11, 56, 12, 57, 12, 58, 12);

    private static final Map<Integer, List<String>> COMPANIES = new TreeMap<>();
    private static final Map<Integer, Plan> PLANS = new TreeMap<>();

    @BeforeAll
    static void planAll() {
        PartnershipPlanner planner = new PartnershipPlanner();
        for (int n = 2; n <= MAX_N; n++) {
            List<String> companies = companies(n);
            COMPANIES.put(n, companies);
            PLANS.put(n, planner.plan(companies));
        }
    }

    static List<String> companies(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add("测试企业" + i + "有限公司");
        }
        return names;
    }

    @Test
    void everyPairSharesACallOfAtMostTwentyInputNamesWithoutRepeats() {
        List<String> failures = new ArrayList<>();
        PLANS.forEach((n, plan) -> {
            List<String> problems = CoverageCheck.problems(plan, COMPANIES.get(n));
            if (!problems.isEmpty()) {
                failures.add("n=" + n + ": " + problems);
            }
            Set<String> input = new HashSet<>(COMPANIES.get(n));
            for (List<String> call : plan.calls()) {
                if (call.size() > PartnershipPlanner.MAX_COMPANIES_PER_CALL || new HashSet<>(call).size() != call.size()
                        || !input.containsAll(call)) {
                    failures.add("n=" + n + ": bad call " + call);
                }
            }
            if (plan.construction().contains("failed")) {
                failures.add("n=" + n + ": " + plan.construction());
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void callsLieBetweenTheSchoenheimBoundAndTheNaivePlan() {
        List<String> failures = new ArrayList<>();
        PLANS.forEach((n, plan) -> {
            if (plan.lowerBound() != Bounds.schoenheim(n) || plan.naiveCalls() != Bounds.naive(n)) {
                failures.add("n=" + n + ": reported bounds " + plan.lowerBound() + "/" + plan.naiveCalls());
            }
            if (plan.callCount() < plan.lowerBound() || plan.callCount() > plan.naiveCalls()) {
                failures.add("n=" + n + ": " + plan.callCount() + " calls, bound " + plan.lowerBound()
                        + ", naive " + plan.naiveCalls());
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void callsStayWithinOnePointThreeTimesTheBoundExceptTheKnownCases() {
        Map<Integer, String> above = new TreeMap<>();
        List<String> regressions = new ArrayList<>();
        PLANS.forEach((n, plan) -> {
            if (10 * plan.callCount() > 13 * plan.lowerBound()) {
                above.put(n, plan.callCount() + " calls for bound " + plan.lowerBound() + " (" + plan.construction() + ")");
                Integer known = KNOWN_ABOVE_TARGET.get(n);
                if (known == null || plan.callCount() > known) {
                    regressions.add("n=" + n + ": " + above.get(n));
                }
            }
        });
        assertThat(regressions).as("n above 1.3 × bound: %s", above).isEmpty();
    }

    @Test
    void sizesWithAnOptimalDesignMeetTheBound() {
        // PG(2,4)×4, AG(2,5)×4, PG(2,9)×2, PG(2,19), PG(2,3)×5, AG(2,4)×5: block designs meeting Schönheim's bound.
        for (int n : new int[] {84, 100, 182, 381, 65, 80, 21, 30, 40}) {
            assertThat(PLANS.get(n).callCount()).as("n=%d", n).isEqualTo(Bounds.schoenheim(n));
        }
    }
}
