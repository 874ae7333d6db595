package io.qike.crm.integration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The figures of {@link ActionFlowBenchTest}, printed as one table. */
final class BenchReport {
    static final double OVERHEAD_TARGET_MS = 5;
    private final int concurrency, callers;
    private final List<String> lines = new ArrayList<>();

    BenchReport(int concurrency, int callers) {
        this.concurrency = concurrency;
        this.callers = callers;
    }

    /** Calls of one closed-loop run that started inside the counted window. */
    static final class Loop {
        final AtomicLong ok = new AtomicLong(), failed = new AtomicLong();
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        int seconds;

        void add(boolean success, long ns) {
            (success ? ok : failed).incrementAndGet();
            nanos.add(ns);
        }
    }

    void overhead(long[] rawNs, long[] callNs, long[] flowNs, long[] ledgerNs, long[] runLogNs) {
        double rawP50 = p(rawNs, 0.50), rawP99 = p(rawNs, 0.99), flowP50 = p(flowNs, 0.50), flowP99 = p(flowNs, 0.99);
        lines.add(row("raw HTTP call, 1 caller, p50 / p99 ms", "%.2f / %.2f  (n=%d)".formatted(rawP50, rawP99, rawNs.length), "", ""));
        lines.add(row("InterfaceCaller.call, 1 caller, p50 / p99 ms", "%.2f / %.2f".formatted(p(callNs, 0.50), p(callNs, 0.99)), "", ""));
        lines.add(row("ActionFlows.invoke, 1 caller, p50 / p99 ms", "%.2f / %.2f".formatted(flowP50, flowP99), "", ""));
        lines.add(row("engine overhead (invoke - raw): p50 / p99 ms", "%.2f / %.2f".formatted(flowP50 - rawP50, flowP99 - rawP99),
                "p99 <= " + OVERHEAD_TARGET_MS, flowP99 - rawP99 <= OVERHEAD_TARGET_MS ? "ok" : "MISSED"));
        lines.add(row("  of which interface call (call - raw)", "%.2f / %.2f".formatted(p(callNs, 0.50) - rawP50, p(callNs, 0.99) - rawP99), "", ""));
        lines.add(row("  of which flow and run log (invoke - call)", "%.2f / %.2f".formatted(flowP50 - p(callNs, 0.50), flowP99 - p(callNs, 0.99)), "", ""));
        lines.add(row("  ledger upsert alone: p50 / p99 ms", "%.2f / %.2f".formatted(p(ledgerNs, 0.50), p(ledgerNs, 0.99)), "", ""));
        lines.add(row("  run-log insert alone: p50 / p99 ms", "%.2f / %.2f".formatted(p(runLogNs, 0.50), p(runLogNs, 0.99)), "", ""));
        lines.add(row("paired per round (invoke - raw): p50 / p99 ms", "%.2f / %.2f".formatted(p(diff(flowNs, rawNs), 0.50),
                p(diff(flowNs, rawNs), 0.99)), "", ""));
    }

    private static long[] diff(long[] a, long[] b) {
        long[] d = new long[a.length];
        for (int i = 0; i < d.length; i++) d[i] = a[i] - b[i];
        return d;
    }

    void throughput(String what, int latencyMs, Loop loop) {
        long[] ns = loop.nanos.stream().mapToLong(Long::longValue).toArray();
        double rate = loop.ok.get() / (double) loop.seconds;
        String ceiling = "", verdict = "";
        if (latencyMs > 0) {
            double max = concurrency / (latencyMs / 1000.0);
            ceiling = "ceiling %.0f/s".formatted(max);
            verdict = "%.0f %%".formatted(100 * rate / max);
        }
        lines.add(row("%s, %d callers, provider +%d ms".formatted(what, callers, latencyMs),
                "%.1f/s ok, %d failed, p50 %.1f ms, p99 %.1f ms".formatted(rate, loop.failed.get(), p(ns, 0.50), p(ns, 0.99)), ceiling, verdict));
    }

    private static double p(long[] ns, double q) {
        if (ns.length == 0) return Double.NaN;
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String row(String metric, String value, String target, String verdict) {
        return "%-52s | %-58s | %-14s | %s".formatted(metric, value, target, verdict);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    @Override
    public String toString() {
        String head = "Qike action-flow benchmark, %s, %d cores, load average %s, connection concurrency limit %d, JVM %s %s%n".formatted(
                Instant.now(), Runtime.getRuntime().availableProcessors(), loadAverage(), concurrency, System.getProperty("java.vm.version"),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X")).toList());
        return head + row("metric", "value", "target", "") + "\n" + String.join("\n", lines) + "\n";
    }
}
