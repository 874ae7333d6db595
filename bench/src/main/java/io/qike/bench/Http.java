package io.qike.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP/1.1 client for the app on localhost, as an outside integrator would call it. */
final class Http {
    record Response(int status, String body, String contentType) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client;
    private final String base;

    Http(int port) {
        this.base = "http://localhost:" + port;
        // HTTP/1.1 explicitly: the default would offer an h2c upgrade on every new connection.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    Response get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        return client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Response postJson(String path, String json, String token) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    HttpRequest.Builder request(String path, String token) {
        // Chinese, as a Chinese user's browser would ask: the import template's headers follow it.
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "zh-CN");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    /** A bearer token from {@code POST /api/v1/auth/token}. */
    String login(String login, String password) throws IOException, InterruptedException {
        Response r = postJson("/api/v1/auth/token", JSON.writeValueAsString(java.util.Map.of("login", login, "password", password)), null);
        if (r.status() != 200) throw new IllegalStateException("Login of " + login + " failed: " + r.status() + " " + r.body());
        return r.json().get("token").asString();
    }
}
