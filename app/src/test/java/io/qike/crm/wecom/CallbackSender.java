package io.qike.crm.wecom;

import io.qike.crm.wecom.callback.WecomMsgCrypt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * WeCom's side of the callback benchmark, in a process of its own (as WeCom is): {@code change_contact} events at a
 * steady rate, each answer's latency counted from the moment it was due. Started by {@link WecomBenchTest}; prints one
 * line {@code WARMED acknowledged} after a few seconds of warming up, then {@code RESULT sent acknowledged refused failed p50 p95 p99
 * max} (milliseconds) for what followed.
 * Arguments: url token encodingAesKey corpId rate seconds useridsFile.
 */
public final class CallbackSender {
    private CallbackSender() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        WecomMsgCrypt crypt = new WecomMsgCrypt(args[1], args[2], args[3]);
        int rate = Integer.parseInt(args[4]), seconds = Integer.parseInt(args[5]);
        List<String> userids = Files.readAllLines(Path.of(args[6]));
        int total = rate * seconds;
        String now = Long.toString(System.currentTimeMillis() / 1000 + seconds / 2);
        // The first seconds warm both JITs and the connection pools on the path a running WeCom callback takes (valid
        // events, handled like the others); only what follows is measured.
        int warm = rate * WARM_SECONDS;
        List<HttpRequest> warming = requests(url, crypt, args[3], userids, now, "warm", warm);
        List<HttpRequest> requests = requests(url, crypt, args[3], userids, now, "bench", total);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        Run warmed = send(http, senders, warming, rate);
        System.out.println("WARMED " + warmed.acknowledged.get());
        Run run = send(http, senders, requests, rate);
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        AtomicLongArray latency = run.latency;
        AtomicInteger acknowledged = run.acknowledged, refused = run.refused, failed = run.failed;
        long[] ms = new long[total];
        for (int i = 0; i < total; i++) ms[i] = latency.get(i);
        Arrays.sort(ms);
        System.out.printf("RESULT %d %d %d %d %.1f %.1f %.1f %.1f%n", total, acknowledged.get(), refused.get(), failed.get(),
                pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[total - 1] / 1e6);
        System.exit(0);
    }

    private static final int WARM_SECONDS = 10;

    private record Run(AtomicLongArray latency, AtomicInteger acknowledged, AtomicInteger refused, AtomicInteger failed) {
    }

    private static List<HttpRequest> requests(String url, WecomMsgCrypt crypt, String corp, List<String> userids, String now,
                                              String prefix, int count) {
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String userid = userids.get(i * 7919 % userids.size());
            String xml = "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
                    + "<CreateTime>" + now + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]></Event>"
                    + "<ChangeType><![CDATA[update_user]]></ChangeType><UserID><![CDATA[" + userid + "]]></UserID>"
                    + "<Position><![CDATA[岗位" + prefix + i + "]]></Position></xml>";
            String enc = crypt.seal(xml);
            String nonce = prefix + i + "x" + now;
            String body = "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><AgentID><![CDATA[1000005]]></AgentID>"
                    + "<Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>";
            requests.add(HttpRequest.newBuilder(URI.create(url + "?msg_signature=" + crypt.signature(now, nonce, enc) + "&timestamp=" + now
                    + "&nonce=" + nonce)).header("Content-Type", "text/xml").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        return requests;
    }

    /** Sends each request when it is due (at {@code rate} a second) and waits for every answer. */
    private static Run send(HttpClient http, ExecutorService senders, List<HttpRequest> requests, int rate) throws InterruptedException {
        int total = requests.size();
        Run run = new Run(new AtomicLongArray(total), new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        AtomicInteger next = new AtomicInteger(), done = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime(), periodNs = 1_000_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) return;
            long due = start + i * periodNs;
            senders.execute(() -> {
                try {
                    HttpResponse<String> r = http.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
                    run.latency.set(i, System.nanoTime() - due);
                    if (r.statusCode() == 200 && r.body().equals("success")) run.acknowledged.incrementAndGet();
                    else run.refused.incrementAndGet();
                } catch (Exception e) {
                    run.latency.set(i, System.nanoTime() - due);
                    run.failed.incrementAndGet();
                } finally {
                    done.incrementAndGet();
                }
            });
        }, 0, periodNs, TimeUnit.NANOSECONDS);
        while (done.get() < total) Thread.sleep(20);
        ticker.shutdown();
        return run;
    }

    static double pct(long[] sortedNanos, double p) {
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(p / 100 * sortedNanos.length) - 1)] / 1e6;
    }
}
