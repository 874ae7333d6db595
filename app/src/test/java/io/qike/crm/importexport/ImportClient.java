package io.qike.crm.importexport;

import java.util.List;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import and export API over real HTTP as an integrator uses it: multipart upload, polling, downloads. */
final class ImportClient {
    record Download(int status, String contentType, String disposition, byte[] body) {
        JsonNode json() {
            return JSON.readTree(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;
    private String language = "zh-CN";

    ImportClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.token = token;
    }

    ImportClient language(String language) {
        this.language = language;
        return this;
    }

    Download upload(String object, String fileName, byte[] content) {
        return upload(object, null, fileName, content);
    }

    /** Uploads in a mode (ALL_OR_NOTHING, PARTIAL; null for the default). */
    Download upload(String object, String mode, String fileName, byte[] content) {
        return upload(object, mode, null, fileName, content);
    }

    /** Uploads customers straight into a public pool (customerPoolId; null for none). */
    Download upload(String object, String mode, Long customerPoolId, String fileName, byte[] content) {
        String boundary = "----qike" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder("/api/v1/imports?object=" + object + (mode == null ? "" : "&mode=" + mode)
                + (customerPoolId == null ? "" : "&customerPoolId=" + customerPoolId)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Uploads and waits until the job is DONE or FAILED; returns the finished job. */
    JsonNode importFile(String object, byte[] content) {
        return importFile(object, null, content);
    }

    JsonNode importFile(String object, String mode, byte[] content) {
        Download r = upload(object, mode, "data.xlsx", content);
        if (r.status() != 202) throw new IllegalStateException("upload refused: " + r.status() + " " + new String(r.body()));
        return await(r.json().get("id").asLong());
    }

    JsonNode await(long id) {
        return Awaitility.await("import " + id + " to finish").atMost(Duration.ofSeconds(120))
                .until(() -> get("/api/v1/imports/" + id).json(),
                        job -> List.of("DONE", "FAILED").contains(job.get("status").asString()));
    }

    Download get(String path) {
        return send(builder(path).GET());
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
                .header("Authorization", "Bearer " + token);
    }

    private Download send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Content-Disposition").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
