package io.qike.sandbox.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running sandbox over real HTTP the way each provider's client would: URL-encoded
 * UTF-8 query strings, the provider's own auth headers. Signatures are computed here from first
 * principles (not with the sandbox's code), so a sandbox bug cannot cancel itself out.
 */
public class SandboxClient {

    public static final String QCC_KEY = "demo-qcc-key";
    public static final String QCC_SECRET = "demo-qcc-secret";
    public static final String TYC_TOKEN = "demo-tyc-token";
    public static final String QX_APPKEY = "demo-qx-appkey";
    public static final String QX_SECRET = "demo-qx-secret";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SandboxClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Query parameters in insertion order; pairs of name, value. */
    public static Map<String, String> params(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    public static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** 企查查 call with a correct Token for {@code key}/{@code secret} at the current second. */
    public Response qichacha(String path, String key, String secret, Map<String, String> params) {
        String timespan = String.valueOf(System.currentTimeMillis() / 1000);
        return qichachaRaw(path, key, timespan, Md5.upper(key + timespan + secret), params);
    }

    public Response qichacha(String path, Map<String, String> params) {
        return qichacha(path, QCC_KEY, QCC_SECRET, params);
    }

    /** 企查查 call with the given headers (null: header not sent). */
    public Response qichachaRaw(String path, String key, String timespan, String token, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>();
        if (key != null) {
            all.put("key", key);
        }
        all.putAll(params);
        HttpRequest.Builder b = request("/sandbox/qichacha" + path + "?" + query(all));
        if (timespan != null) {
            b.header("Timespan", timespan);
        }
        if (token != null) {
            b.header("Token", token);
        }
        return send(b.GET().build());
    }

    /** 天眼查 call; {@code token} null sends no Authorization header. */
    public Response tianyancha(String path, String token, Map<String, String> params) {
        HttpRequest.Builder b = request("/sandbox/tianyancha" + path + "?" + query(params));
        if (token != null) {
            b.header("Authorization", token);
        }
        return send(b.GET().build());
    }

    public Response tianyancha(String path, Map<String, String> params) {
        return tianyancha(path, TYC_TOKEN, params);
    }

    /** 启信宝 call with Auth-Version 2.0 headers signed now. */
    public Response qixin(String path, String appkey, String secret, Map<String, String> params) {
        String timestamp = String.valueOf(System.currentTimeMillis());
        return qixinHeaders(path, Map.of("Auth-Version", "2.0", "appkey", appkey, "timestamp", timestamp,
                "sign", Md5.lower(appkey + timestamp + secret)), params);
    }

    public Response qixin(String path, Map<String, String> params) {
        return qixin(path, QX_APPKEY, QX_SECRET, params);
    }

    public Response qixinHeaders(String path, Map<String, String> headers, Map<String, String> params) {
        HttpRequest.Builder b = request("/sandbox/qixin" + path + "?" + query(params));
        headers.forEach(b::header);
        return send(b.GET().build());
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }
}
