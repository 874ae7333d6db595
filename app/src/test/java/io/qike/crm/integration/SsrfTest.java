package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.integration.http.HostNotAllowedException;
import io.qike.crm.integration.http.OutboundClient;
import io.qike.crm.integration.http.OutboundRequest;
import io.qike.crm.integration.http.SsrfGuard;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * SSRF attempts through the API are refused on save; the HTTP client itself resolves through the
 * guard, so a name that resolves to loopback is refused at connect time too.
 */
@IntegrationTest
class SsrfTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;

    @Test
    void savingAConnectionToAPrivateLoopbackOrMetadataAddressIsRefused() {
        TestTenant t = fixtures.tenant();
        Api api = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        long connector = api.post("/api/v1/integration/connectors", "{\"name\":\"内网\"}").json().get("id").asLong();
        for (String url : List.of("http://10.0.0.1/api", "http://169.254.169.254/latest/meta-data", "http://[fd00:ec2::254]/",
                "http://172.17.0.1:8080", "http://[::1]:" + port + "/", "http://0.0.0.0:" + port + "/",
                "http://[::ffff:127.0.0.1]:" + port + "/")) {
            Api.Response r = api.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "x",
                    "baseUrl", url, "authScheme", "NONE")));
            assertThat(r.status()).as(url).isEqualTo(400);
            JsonNode error = r.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("baseUrl");
            assertThat(error.get("code").asString()).as(url).isEqualTo("host_not_allowed");
        }
        // Numeric spellings of loopback are not even host names to java.net.URI: refused as URLs.
        for (String url : List.of("http://127.1:" + port + "/sandbox", "http://2130706433:" + port + "/")) {
            assertThat(api.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "x",
                    "baseUrl", url, "authScheme", "NONE"))).status()).as(url).isEqualTo(400);
        }
        Api.Response bad = api.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "x",
                "baseUrl", "ftp://user:pw@example.com/", "authScheme", "NONE")));
        assertThat(bad.json().get("errors").get(0).get("code").asString()).isEqualTo("url");
        // The embedded default allows the app's own sandbox, by the names configured.
        assertThat(api.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "sandbox",
                "baseUrl", "http://localhost:" + port + "/sandbox/test-echo", "authScheme", "NONE"))).status()).isEqualTo(201);
    }

    @Test
    void theClientResolvesThroughTheGuardSoLoopbackNamesAndLiteralsAreRefusedAtCallTime() throws Exception {
        URI byName = URI.create("http://localhost:" + port + "/sandbox/test-echo/plain");
        URI byAddress = URI.create("http://127.0.0.1:" + port + "/sandbox/test-echo/plain");
        try (OutboundClient strict = new OutboundClient(new SsrfGuard(List.of()), 1000, 1000, 2)) {
            for (URI u : List.of(byName, byAddress)) {
                assertThatThrownBy(() -> strict.send(new OutboundRequest("GET", u, List.of(), null, null), 10_000))
                        .as(u.toString()).isInstanceOf(HostNotAllowedException.class);
            }
        }
        try (OutboundClient allowed = new OutboundClient(new SsrfGuard(List.of("localhost")), 1000, 1000, 2)) {
            assertThat(allowed.send(new OutboundRequest("GET", byName, List.of(), null, null), 10_000).status()).isEqualTo(200);
            assertThatThrownBy(() -> allowed.send(new OutboundRequest("GET", byAddress, List.of(), null, null), 10_000))
                    .isInstanceOf(HostNotAllowedException.class);
        }
    }
}
