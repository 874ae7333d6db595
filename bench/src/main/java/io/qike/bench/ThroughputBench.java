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
        Map<String, Object> authed = phase("GET /api/v1/customers/{id}", token, seed,
                r -> "/api/v1/customers/" + customerIds[(int) r.nextLong(customerIds.length)]);
        Map<String, Object> status = phase("GET /api/v1/status", null, seed + 1, r -> "/api/v1/status");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clients", clients);
        out.put("warmupSeconds", warmup.toSeconds());
        out.put("measuredSeconds", measure.toSeconds());
        out.put("customerById", authed);
        out.put("status", status);
        double ratio = (double) authed.get("requestsPerSecond") / (double) status.get("requestsPerSecond");
        out.put("authenticatedToStatusRatio", Latencies.round(ratio));
        return out;
    }

    private Map<String, Object> phase(String label, String token, long seed, Function<SplittableRandom, String> path)
            throws Exception {
        // A few clients share one HttpClient each (each has its own selector thread): one per
        // request thread would add 50 busy selector threads to a 2-core machine.
        int perClient = 10;
        List<HttpClient> httpClients = new ArrayList<>();
        for (int i = 0; i < (clients + perClient - 1) / perClient; i++) {
            httpClients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
        }
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        AtomicLong errors = new AtomicLong();
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
        Latencies all = new Latencies();
        for (Future<Latencies> f : futures) all.addAll(f.get());
        pool.shutdown();
        double seconds = measure.toNanos() / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("requests", all.count());
        m.put("errors", errors.get());
        m.put("requestsPerSecond", Latencies.round(all.count() / seconds));
        m.putAll(all.summary());
        m.remove("count");
        System.out.printf("  %-30s %,8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  (errors %d)%n", label, all.count() / seconds,
                all.percentileMs(50), all.percentileMs(99), errors.get());
        return m;
    }
}
