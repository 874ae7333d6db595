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
 * line {@code RESULT sent acknowledged refused failed p50 p95 p99 max} (milliseconds).
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
        List<HttpRequest> requests = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            String userid = userids.get(i * 7919 % userids.size());
            String xml = "<xml><ToUserName><![CDATA[" + args[3] + "]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>"
                    + "<CreateTime>" + now + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_contact]]></Event>"
                    + "<ChangeType><![CDATA[update_user]]></ChangeType><UserID><![CDATA[" + userid + "]]></UserID>"
                    + "<Position><![CDATA[岗位" + i + "]]></Position></xml>";
            String enc = crypt.seal(xml);
            String nonce = "bench" + i + "x" + now;
            String body = "<xml><ToUserName><![CDATA[" + args[3] + "]]></ToUserName><AgentID><![CDATA[1000005]]></AgentID>"
                    + "<Encrypt><![CDATA[" + enc + "]]></Encrypt></xml>";
            requests.add(HttpRequest.newBuilder(URI.create(url + "?msg_signature=" + crypt.signature(now, nonce, enc) + "&timestamp=" + now
                    + "&nonce=" + nonce)).header("Content-Type", "text/xml").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        // Warm the connection pool and both JITs a little, as a sender that has been running would be.
        for (int i = 0; i < 20; i++) {
            http.send(HttpRequest.newBuilder(URI.create(url + "?msg_signature=x&timestamp=1&nonce=warm" + i))
                    .POST(HttpRequest.BodyPublishers.ofString("<xml/>")).build(), HttpResponse.BodyHandlers.discarding());
        }
        AtomicLongArray latency = new AtomicLongArray(total);
        AtomicInteger acknowledged = new AtomicInteger(), refused = new AtomicInteger(), failed = new AtomicInteger(), next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime(), periodNs = 1_000_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) return;
            long due = start + i * periodNs;
            senders.execute(() -> {
                try {
                    HttpResponse<String> r = http.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
                    latency.set(i, System.nanoTime() - due);
                    if (r.statusCode() == 200 && r.body().equals("success")) acknowledged.incrementAndGet();
                    else refused.incrementAndGet();
                } catch (Exception e) {
                    latency.set(i, System.nanoTime() - due);
                    failed.incrementAndGet();
                }
            });
        }, 0, periodNs, TimeUnit.NANOSECONDS);
        while (next.get() < total) Thread.sleep(50);
        ticker.shutdown();
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        long[] ms = new long[total];
        for (int i = 0; i < total; i++) ms[i] = latency.get(i);
        Arrays.sort(ms);
        System.out.printf("RESULT %d %d %d %d %.1f %.1f %.1f %.1f%n", total, acknowledged.get(), refused.get(), failed.get(),
                pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[total - 1] / 1e6);
        System.exit(0);
    }

    static double pct(long[] sortedNanos, double p) {
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(p / 100 * sortedNanos.length) - 1)] / 1e6;
    }
}
