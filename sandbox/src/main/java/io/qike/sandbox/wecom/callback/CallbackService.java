package io.qike.sandbox.wecom.callback;

import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.AppSettings;
import io.qike.sandbox.wecom.core.CallbackSettings;
import io.qike.sandbox.wecom.core.Resettable;
import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.WeComState;
import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls the enterprise's callback URL like WeCom does: the echostr GET when a URL is saved, and signed,
 * encrypted XML POSTs for events. An event answered with anything but HTTP 200 within 5 s is retried
 * (three retries, as documented); every attempt is kept for the admin API.
 */
@Component("wecomCallbackService")
public class CallbackService implements Resettable {
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Attempt(long atMillis, int status, String body, String error) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Delivery(long id, String app, String event, String url, String plainXml, List<Attempt> attempts,
                           boolean delivered) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Verification(boolean ok, String url, int status, String expected, String received, String error) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final WeComState state;
    private final SimClock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final SecureRandom random = new SecureRandom();
    private final List<Delivery> log = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public CallbackService(WeComState state, SimClock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** The GET the console sends on save: the URL must answer with the decrypted echostr, nothing else. */
    public Verification verify(CallbackSettings s) {
        MsgCrypt crypt = new MsgCrypt(s.token(), s.encodingAesKey(), state.corpId());
        String echo = Long.toString(1_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 9_000_000_000_000_000L);
        String encrypted = crypt.encrypt(echo);
        String ts = Long.toString(clock.nowSeconds());
        String nonce = nonce();
        String url = s.url() + (s.url().contains("?") ? "&" : "?") + "msg_signature=" + crypt.signature(ts, nonce, encrypted)
                + "&timestamp=" + ts + "&nonce=" + nonce + "&echostr=" + URLEncoder.encode(encrypted, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Verification(r.statusCode() == 200 && echo.equals(r.body()), s.url(), r.statusCode(), echo, r.body(), null);
        } catch (Exception e) {
            return new Verification(false, s.url(), 0, echo, null, e.toString());
        }
    }

    /** Sends one event to the app's callback URL; fails fast when the app has no callback configured. */
    public Delivery deliver(AppKind kind, String event, Map<String, String> fields, long retryDelayMillis) {
        AppSettings app = state.app(kind);
        CallbackSettings s = app.callback();
        if (s == null) {
            throw new IllegalStateException("no callback URL is configured for app " + kind.key());
        }
        String plain = EventXml.event(state.corpId(), clock.nowSeconds(), app.agentId(), event, fields);
        MsgCrypt crypt = new MsgCrypt(s.token(), s.encodingAesKey(), state.corpId());
        String encrypted = crypt.encrypt(plain);
        String body = EventXml.envelope(state.corpId(), app.agentId(), encrypted);
        List<Attempt> attempts = new ArrayList<>();
        boolean ok = false;
        for (int i = 0; i < 4 && !ok; i++) {
            if (i > 0) {
                sleep(retryDelayMillis);
            }
            String ts = Long.toString(clock.nowSeconds());
            String nonce = nonce();
            String url = s.url() + (s.url().contains("?") ? "&" : "?") + "msg_signature="
                    + crypt.signature(ts, nonce, encrypted) + "&timestamp=" + ts + "&nonce=" + nonce;
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                attempts.add(new Attempt(clock.nowMillis(), r.statusCode(), r.body(), null));
                ok = r.statusCode() == 200;
            } catch (Exception e) {
                attempts.add(new Attempt(clock.nowMillis(), 0, null, e.toString()));
            }
        }
        Delivery d = new Delivery(ids.incrementAndGet(), kind.key(), event, s.url(), plain, List.copyOf(attempts), ok);
        synchronized (log) {
            log.add(d);
        }
        return d;
    }

    public List<Delivery> deliveries() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    private String nonce() {
        return Long.toString(1_000_000_000L + random.nextInt(1_000_000_000));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void reset() {
        synchronized (log) {
            log.clear();
        }
    }
}
