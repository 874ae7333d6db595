package io.qike.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Closed-loop load: N clients, each sending its next request as soon as the last one answered,
 * for a warm-up and then a measured period; every loop ends by itself at its deadline. Java 17 has
 * no virtual threads, so the clients are a fixed pool of platform threads.
 */
final class ThroughputBench {
    private final int port;
    private final int clients;
    private final Duration warmup;
    private final Duration measure;

    ThroughputBench(int port, int clients, Duration warmup, Duration measure) {
        this.port = port;
        this.clients = clients;
        this.warmup = warmup;
        this.measure = measure;
    }

    Map<String, Object> run(String token, long[] customerIds, long seed) throws Exception {
        System.out.printf("Throughput: %d clients, %d s warm-up + %d s measured, per endpoint%n", clients, warmup.toSeconds(), measure.toSeconds());
        Function<SplittableRandom, String> byId = r -> "/api/v1/customers/" + customerIds[(int) r.nextLong(customerIds.length)];
        Function<SplittableRandom, String> status = r -> "/api/v1/status";
        // Both endpoints are warmed up before either is measured, and each is measured in two halves in
        // turn: measured one after the other, the first would run with less compiled code than the second.
        load(token, seed, byId, warmup, Duration.ZERO, null);
        load(null, seed + 1, status, warmup, Duration.ZERO, null);
        Duration half = measure.dividedBy(2);
        Latencies authedLat = new Latencies();
        Latencies statusLat = new Latencies();
        AtomicLong authedErrors = new AtomicLong();
        AtomicLong statusErrors = new AtomicLong();
        for (int round = 0; round < 2; round++) {
            load(token, seed + 2 + round, byId, Duration.ZERO, half, authedLat, authedErrors);
            load(null, seed + 4 + round, status, Duration.ZERO, half, statusLat, statusErrors);
        }
        Map<String, Object> authed = summary("GET /api/v1/customers/{id}", authedLat, authedErrors.get(), half.multipliedBy(2));
        Map<String, Object> statusSummary = summary("GET /api/v1/status", statusLat, statusErrors.get(), half.multipliedBy(2));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clients", clients);
        out.put("warmupSeconds", warmup.toSeconds());
        out.put("measuredSeconds", measure.toSeconds());
        out.put("customerById", authed);
        out.put("status", statusSummary);
        double ratio = (double) authed.get("requestsPerSecond") / (double) statusSummary.get("requestsPerSecond");
        out.put("authenticatedToStatusRatio", Latencies.round(ratio));
        return out;
    }

    private void load(String token, long seed, Function<SplittableRandom, String> path, Duration warm, Duration measured,
                      Latencies into) throws Exception {
        load(token, seed, path, warm, measured, into, new AtomicLong());
    }

    /** {@code clients} closed-loop clients for {@code warm} then {@code measured}; the measured part goes into {@code into}. */
    private void load(String token, long seed, Function<SplittableRandom, String> path, Duration warm, Duration measured,
                      Latencies into, AtomicLong errors) throws Exception {
        // A few clients share one HttpClient each (each has its own selector thread): one per
        // request thread would add 50 busy selector threads to a 2-core machine.
        int perClient = 10;
        List<HttpClient> httpClients = new ArrayList<>();
        for (int i = 0; i < (clients + perClient - 1) / perClient; i++) {
            httpClients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        long start = System.nanoTime();
        long measureFrom = start + warm.toNanos();
        long end = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Latencies>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int cc = c;
            futures.add(pool.submit(() -> {
                HttpClient client = httpClients.get(cc / perClient);
                SplittableRandom r = new SplittableRandom(seed * 131 + cc);
                Latencies lat = new Latencies();
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) break;
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.apply(r)))
                            .timeout(Duration.ofSeconds(30));
                    if (token != null) b.header("Authorization", "Bearer " + token);
                    int status;
                    try {
                        status = client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (java.io.IOException e) {
                        status = -1;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom) {
                        lat.add(t1 - t0);
                        if (status != 200) errors.incrementAndGet();
                    }
                }
                return lat;
            }));
        }
        for (Future<Latencies> f : futures) {
            Latencies lat = f.get();
            if (into != null) into.addAll(lat);
        }
        pool.shutdown();
    }

    private static Map<String, Object> summary(String label, Latencies all, long errors, Duration measured) {
        double seconds = measured.toNanos() / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("requests", all.count());
        m.put("errors", errors);
        m.put("requestsPerSecond", Latencies.round(all.count() / seconds));
        m.putAll(all.summary());
        m.remove("count");
        System.out.printf("  %-30s %,8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  (errors %d)%n", label, all.count() / seconds,
                all.percentileMs(50), all.percentileMs(99), errors);
        return m;
    }
}
