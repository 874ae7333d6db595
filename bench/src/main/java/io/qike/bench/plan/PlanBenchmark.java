package io.qike.bench.plan;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calls planned for 合作关系挖掘 (findPartnershipRelation, at most 20 companies per call) against the Schönheim
 * lower bound and the naive plan (groups of 10, every pair of groups), with the planning time. Each size is planned
 * 5 times in a fresh planner; the first run in the JVM also pays class loading, so it is shown apart from the median.
 *
 * <p>The planner is looked up at run time, like the other benches' app code: the app module's jar is a Spring Boot
 * executable jar that Maven cannot compile against. Run from the repository root after building:
 * {@code java -cp app/target/classes:bench/target/classes io.qike.bench.plan.PlanBenchmark [n ...]}
 */
public final class PlanBenchmark {

    private static final int RUNS = 5;
    private static final String PACKAGE = "io.qike.crm.intel.plan.";

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Throwable {
        int[] sizes = args.length == 0 ? new int[] {20, 50, 100, 200, 400}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Planner planner = new Planner();
        System.out.printf("%5s | %6s | %6s | %5s | %6s | %9s | %9s | %s%n",
                "n", "calls", "bound", "ratio", "naive", "median ms", "first ms", "construction");
        System.out.println("-".repeat(110));
        for (int n : sizes) {
            List<String> companies = companies(n);
            double[] ms = new double[RUNS];
            Object plan = null;
            for (int r = 0; r < RUNS; r++) {
                long start = System.nanoTime();
                plan = planner.plan(companies);
                ms[r] = (System.nanoTime() - start) / 1e6;
            }
            if (!planner.covers(plan, companies)) {
                throw new IllegalStateException("the plan for n=" + n + " leaves pairs without a call");
            }
            double first = ms[0];
            Arrays.sort(ms);
            int calls = planner.callCount(plan);
            int bound = planner.lowerBound(plan);
            System.out.printf("%5d | %6d | %6d | %5.3f | %6d | %9.1f | %9.1f | %s%n", n, calls, bound,
                    bound == 0 ? 1.0 : (double) calls / bound, planner.naiveCalls(plan), ms[RUNS / 2], first,
                    planner.construction(plan));
        }
    }

    private static List<String> companies(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add("测试企业" + i + "有限公司");
        }
        return names;
    }

    /** PartnershipPlanner, Plan and CoverageCheck through method handles. */
    private static final class Planner {
        private final MethodHandle create;
        private final MethodHandle plan;
        private final MethodHandle covers;
        private final MethodHandle callCount;
        private final MethodHandle lowerBound;
        private final MethodHandle naiveCalls;
        private final MethodHandle construction;

        Planner() throws ReflectiveOperationException {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> planner;
            try {
                planner = Class.forName(PACKAGE + "PartnershipPlanner");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("put app/target/classes on the class path", e);
            }
            Class<?> planClass = Class.forName(PACKAGE + "Plan");
            Class<?> check = Class.forName(PACKAGE + "CoverageCheck");
            create = lookup.findConstructor(planner, MethodType.methodType(void.class));
            plan = lookup.findVirtual(planner, "plan", MethodType.methodType(planClass, List.class));
            covers = lookup.findStatic(check, "covers", MethodType.methodType(boolean.class, planClass, List.class));
            callCount = lookup.findVirtual(planClass, "callCount", MethodType.methodType(int.class));
            lowerBound = lookup.findVirtual(planClass, "lowerBound", MethodType.methodType(int.class));
            naiveCalls = lookup.findVirtual(planClass, "naiveCalls", MethodType.methodType(int.class));
            construction = lookup.findVirtual(planClass, "construction", MethodType.methodType(String.class));
        }

        Object plan(List<String> companies) throws Throwable {
            return plan.invoke(create.invoke(), companies);
        }

        boolean covers(Object p, List<String> companies) throws Throwable {
            return (boolean) covers.invoke(p, companies);
        }

        int callCount(Object p) throws Throwable {
            return (int) callCount.invoke(p);
        }

        int lowerBound(Object p) throws Throwable {
            return (int) lowerBound.invoke(p);
        }

        int naiveCalls(Object p) throws Throwable {
            return (int) naiveCalls.invoke(p);
        }

        String construction(Object p) throws Throwable {
            return (String) construction.invoke(p);
        }
    }
}
