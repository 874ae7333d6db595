package io.qike.sandbox.wecom;

import io.qike.sandbox.standalone.SandboxApplication;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * One standalone sandbox per test JVM (started on a random port the first time a test needs it), with
 * helpers for the admin API, raw HTTP calls and WxJava clients pointed at the simulator.
 */
final class WeComSandbox {
    static final String CORP_ID = "wwqikedemo0000001";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static String base;

    private WeComSandbox() {
    }

    static synchronized String base() {
        if (base == null) {
            SpringApplication app = new SpringApplication(SandboxApplication.class);
            app.setDefaultProperties(Map.of("qike.sandbox.enabled", "true"));
            // 2000 archived messages instead of 5000 keep the full-pull test quick on a busy machine.
            var ctx = app.run("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                    "--qike.sandbox.wecom.messages=2000",
                    "--logging.level.root=WARN", "--logging.level.me.chanjar=ERROR");
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) ctx).getWebServer().getPort();
        }
        return base;
    }

    /** Puts the simulator back to its seeded start (data, settings, clock, logs). */
    static void reset() {
        admin("POST", "/reset", null);
    }

    static JsonNode admin(String method, String path, Object body) {
        HttpResponse<String> r = send(method, base() + "/sandbox/admin/wecom" + path, body == null ? null : JSON.writeValueAsString(body));
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    static HttpResponse<String> send(String method, String url, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A raw API call below /sandbox/wecom, answered as JSON. */
    static JsonNode api(String method, String pathAndQuery, String body) {
        return JSON.readTree(send(method, base() + "/sandbox/wecom" + pathAndQuery, body).body());
    }

    static String secret(String app) {
        return admin("GET", "/apps/" + app, null).path("secret").asString();
    }

    static String token(String app) {
        return api("GET", "/cgi-bin/gettoken?corpid=" + CORP_ID + "&corpsecret=" + secret(app), null).path("access_token").asString();
    }

    /** A WxJava client as the product builds it, for one secret; the self-built app also gets its agentid. */
    static WxCpService wx(String app) {
        WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
        config.setCorpId(CORP_ID);
        config.setCorpSecret(secret(app));
        JsonNode agent = admin("GET", "/apps/" + app, null).path("agentid");
        if (agent.isNumber()) {
            config.setAgentId(agent.asInt());
        }
        config.setBaseApiUrl(base() + "/sandbox/wecom");
        WxCpServiceImpl service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        return service;
    }
}
