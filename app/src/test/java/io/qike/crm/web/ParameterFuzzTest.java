package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the API document, each declared parameter (query, path, header) given values nobody should
 * send, and the headers every caller sends given nonsense: the answer is never a 5xx, and every refusal is
 * problem+json.
 */
@IntegrationTest
class ParameterFuzzTest {
    static final List<String> VALUES = List.of("abc", "1.5", "99999999999999999999", "-1", "1e400", "\0", "a\0b", "a".repeat(4000),
            "2026-13-45", "NOT_AN_OPTION", "", " ", "%", "<script>", "true", "[]");
    static final List<String> PATH_VALUES = List.of("abc", "1.5", "99999999999999999999", "-1", "a".repeat(2000), "NOT_AN_OPTION");
    static final List<String> HEADER_VALUES = List.of("abc", "1.5", "99999999999999999999", "a".repeat(4000), "zz-ZZ;q=abc,,;", "*/*;q=x");
    /** Signing in is throttled per address, which would slow every other test of the run; its own tests cover it. */
    static final Set<String> SKIPPED = Set.of("/api/v1/auth/token");
    static final Set<String> BODIES = Set.of("post", "put", "patch");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    final HttpClient http = HttpClient.newHttpClient();
    final List<String> failures = new ArrayList<>();
    String token;

    @Test
    void noParameterOrHeaderValueMakesTheApiFail() throws Exception {
        TestTenant t = fixtures.tenant();
        token = new Api(port).post("/api/v1/auth/token", Api.json(Map.of("login", t.login("admin"), "password", TestFixtures.PASSWORD)))
                .json().get("token").asString();
        JsonNode paths = new Api(port).get("/v3/api-docs").json().get("paths");
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (!path.getKey().startsWith("/api/") || SKIPPED.contains(path.getKey())) continue;
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                fuzz(path.getKey(), op.getKey(), op.getValue().path("parameters"));
            }
        }
        assertThat(operations).isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    private void fuzz(String template, String method, JsonNode parameters) throws Exception {
        for (JsonNode p : parameters) {
            String name = p.get("name").asString();
            switch (p.get("in").asString()) {
                case "query" -> {
                    for (String v : VALUES) send(method, url(template, null, null) + "?" + enc(name) + "=" + enc(v), Map.of(), name + "=" + shown(v));
                }
                case "path" -> {
                    for (String v : PATH_VALUES) send(method, url(template, name, v), Map.of(), name + "=" + shown(v));
                }
                case "header" -> {
                    for (String v : HEADER_VALUES) send(method, url(template, null, null), Map.of(name, v), name + ": " + shown(v));
                }
                default -> { }
            }
        }
        for (String v : HEADER_VALUES) send(method, url(template, null, null), Map.of("Accept-Language", v), "Accept-Language: " + shown(v));
        if (BODIES.contains(method)) {
            for (String type : List.of("application/json; charset=nope", "text/plain", "nonsense", "application/json; boundary=\"")) {
                send(method, url(template, null, null), Map.of("Content-Type", type), "Content-Type: " + type);
            }
        }
    }

    /** The operation's address with every path parameter 1, but the one fuzzed. */
    private String url(String template, String fuzzed, String value) {
        String path = template;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) path = path.replace(m.group(), m.group(1).equals(fuzzed) ? enc(value) : "1");
        return "http://localhost:" + port + path;
    }

    private void send(String method, String url, Map<String, String> headers, String what) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        boolean typed = headers.containsKey("Content-Type");
        headers.forEach(b::header);
        if (BODIES.contains(method) && !typed) b.header("Content-Type", "application/json");
        b.method(method.toUpperCase(), BODIES.contains(method) ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !type.startsWith("application/problem+json"))) {
            failures.add(method.toUpperCase() + " " + url.replaceFirst("http://localhost:\\d+", "").replaceAll("a{50,}", "a…") + " [" + what + "] → "
                    + r.statusCode() + " " + type);
        }
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shown(String v) {
        return v.length() > 20 ? v.substring(0, 5) + "…(" + v.length() + ")" : v.replace("\0", "\\0");
    }
}
