package io.qike.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Recorded request durations in nanoseconds, growable without boxing. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = nanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) add(other.values[i]);
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }

    int count() {
        return size;
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentileMs(double p) {
        if (size == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    double meanMs() {
        if (size == 0) return Double.NaN;
        double sum = 0;
        for (int i = 0; i < size; i++) sum += values[i];
        return sum / size / 1e6;
    }

    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", size);
        m.put("p50Ms", round(percentileMs(50)));
        m.put("p95Ms", round(percentileMs(95)));
        m.put("p99Ms", round(percentileMs(99)));
        m.put("p999Ms", round(percentileMs(99.9)));
        m.put("maxMs", round(percentileMs(100)));
        m.put("meanMs", round(meanMs()));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
