package io.qike.bench.plan;

import io.qike.crm.intel.plan.CoverageCheck;
import io.qike.crm.intel.plan.Plan;
import io.qike.crm.intel.plan.PartnershipPlanner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calls planned for 合作关系挖掘 (findPartnershipRelation, at most 20 companies per call) against the Schönheim
 * lower bound and the naive plan (groups of 10, every pair of groups), with the planning time. Each size is
 * planned 5 times in a fresh planner; the first run of the JVM also pays class loading and the arc searches,
 * so it is shown apart from the median. Run: java -cp app/target/classes:bench/target/classes
 * io.qike.bench.plan.PlanBenchmark [n ...]
 */
public final class PlanBenchmark {

    private static final int RUNS = 5;

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {20, 50, 100, 200, 400}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("%5s | %6s | %6s | %5s | %6s | %9s | %9s | %s%n",
                "n", "calls", "bound", "ratio", "naive", "median ms", "first ms", "construction");
        System.out.println("-".repeat(110));
        for (int n : sizes) {
            List<String> companies = companies(n);
            double[] ms = new double[RUNS];
            Plan plan = null;
            for (int r = 0; r < RUNS; r++) {
                long start = System.nanoTime();
                plan = new PartnershipPlanner().plan(companies);
                ms[r] = (System.nanoTime() - start) / 1e6;
            }
            if (!CoverageCheck.covers(plan, companies)) {
                throw new IllegalStateException("plan for n=" + n + " misses pairs: "
                        + CoverageCheck.problems(plan, companies));
            }
            double first = ms[0];
            Arrays.sort(ms);
            System.out.printf("%5d | %6d | %6d | %5.3f | %6d | %9.1f | %9.1f | %s%n", n, plan.callCount(),
                    plan.lowerBound(), plan.lowerBound() == 0 ? 1.0 : (double) plan.callCount() / plan.lowerBound(),
                    plan.naiveCalls(), ms[RUNS / 2], first, plan.construction());
        }
    }

    private static List<String> companies(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add("测试企业" + i + "有限公司");
        }
        return names;
    }
}
