package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.support.IntegrationTest;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.test.web.servlet.MockMvc;

/** What the browser and the network see of Qike's HTTP: the script policy, the session cookie, HTTPS, who may reach what. */
@IntegrationTest
class HttpHygieneTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired ServerProperties server;

    @Test
    void pagesAllowScriptsOnlyFromQikesOwnFiles() throws Exception {
        String policy = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).isNotNull();
        String scripts = policy.substring(policy.indexOf("script-src"));
        scripts = scripts.substring(0, scripts.contains(";") ? scripts.indexOf(';') : scripts.length());
        assertThat(scripts).isEqualTo("script-src 'self'");
        assertThat(policy).contains("object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'");
    }

    @Test
    void theSessionCookieStaysOnThisSiteAndIsSecureOnlyBehindHttps() throws Exception {
        HttpResponse<String> plain = login(false);
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        // This machine is a trusted proxy (a reverse proxy on the same host): its X-Forwarded-Proto counts.
        HttpResponse<String> https = login(true);
        assertThat(https.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "SameSite=Lax");
        assertThat(https.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h).contains("max-age="));
    }

    @Test
    void theSimulatorsControlsAnswerOnlyOnThisMachine() throws Exception {
        assertThat(mvc.perform(get("/sandbox/admin/faults")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/sandbox/admin/faults").with(r -> { r.setRemoteAddr("10.0.0.5"); return r; }))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/sandbox/admin/credentials").with(r -> { r.setRemoteAddr("192.168.1.20"); return r; }))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/sandbox/admin/faults").with(r -> { r.setRemoteAddr("::1"); return r; }))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theAppListensOnlyOnThisMachineUnlessToldOtherwise() {
        assertThat(server.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
    }

    private HttpResponse<String> login(boolean forwardedHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (forwardedHttps) request.header("X-Forwarded-Proto", "https");
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
