package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tenant isolation and permissions of the integration API; configuration changes are audited. */
@IntegrationTest
class IntegrationApiTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;

    @Test
    void anotherTenantsConfigurationIsNotFoundAndCannotBeUsed() {
        TestTenant a = fixtures.tenant(), b = fixtures.tenant();
        Api apiA = new Api(port).login(a.login("admin"), TestFixtures.PASSWORD);
        Api apiB = new Api(port).login(b.login("admin"), TestFixtures.PASSWORD);
        long connector = apiB.post("/api/v1/integration/connectors", "{\"name\":\"乙的连接器\"}").json().get("id").asLong();
        long connection = apiB.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "乙",
                "baseUrl", "http://localhost:" + port + "/sandbox/tianyancha", "authScheme", "HEADER_KEY", "secret", Providers.TYC_TOKEN)))
                .json().get("id").asLong();
        long iface = apiB.post("/api/v1/integration/interfaces", Api.json(Map.of("connectorId", connector, "name", "i", "apiName", "i",
                "path", "/services/open/ic/baseinfo/normal"))).json().get("id").asLong();

        for (String path : List.of("/api/v1/integration/connectors/" + connector, "/api/v1/integration/connections/" + connection,
                "/api/v1/integration/interfaces/" + iface)) {
            assertThat(apiA.get(path).status()).as(path).isEqualTo(404);
            assertThat(apiA.delete(path).status()).as(path).isEqualTo(404);
        }
        assertThat(apiA.patch("/api/v1/integration/connections/" + connection, "{\"name\":\"篡改\"}").status()).isEqualTo(404);
        assertThat(apiA.get("/api/v1/integration/connectors/" + connector + "/export").status()).isEqualTo(404);
        assertThat(apiA.get("/api/v1/integration/connections?connectorId=" + connector).status()).isEqualTo(404);

        long own = apiA.post("/api/v1/integration/connectors", "{\"name\":\"甲\"}").json().get("id").asLong();
        long ownIface = apiA.post("/api/v1/integration/interfaces", Api.json(Map.of("connectorId", own, "name", "i", "apiName", "i",
                "path", "/services/open/ic/baseinfo/normal"))).json().get("id").asLong();
        assertThat(apiA.post("/api/v1/integration/interfaces/" + ownIface + "/test-call",
                Api.json(Map.of("connectionId", connection, "params", Map.of()))).status()).isEqualTo(404);
        assertThat(apiA.post("/api/v1/integration/action-flows", Api.json(Map.of("apiName", "steal", "name", "x", "definition", Map.of(
                "nodes", List.of(Map.of("type", "CALL", "id", "c", "interfaceId", iface, "connectionId", connection),
                        Map.of("type", "OUTPUT", "id", "o")))))).status()).isEqualTo(400);
        assertThat(apiB.get("/api/v1/integration/connections/" + connection).json().get("name").asString()).isEqualTo("乙");
    }

    @Test
    void onlyIntegrationAdminsConfigureAndEveryChangeIsAudited() {
        TestTenant t = fixtures.tenant();
        Api admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        Api manager = new Api(port).login(t.login("manager"), TestFixtures.PASSWORD);
        long connector = admin.post("/api/v1/integration/connectors", "{\"name\":\"审计\"}").json().get("id").asLong();
        admin.patch("/api/v1/integration/connectors/" + connector, "{\"name\":\"审计（改）\"}");
        long connection = admin.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "c",
                "baseUrl", "http://localhost/", "authScheme", "BEARER", "secret", "bearer-secret-1"))).json().get("id").asLong();
        admin.patch("/api/v1/integration/connections/" + connection, "{\"secret\":\"bearer-secret-2\"}");
        for (String path : List.of("/api/v1/integration/connectors", "/api/v1/integration/interfaces", "/api/v1/integration/action-flows",
                "/api/v1/integration/runs", "/api/v1/integration/ledger", "/api/v1/integration/connections/" + connection)) {
            assertThat(manager.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(manager.delete("/api/v1/integration/connectors/" + connector).status()).isEqualTo(403);
        admin.delete("/api/v1/integration/connectors/" + connector);
        String audit = admin.get("/api/v1/integration/connectors").body();
        assertThat(audit).doesNotContain("审计");
        List<String> actions = io.qike.crm.platform.TenantContext.callAs(t.tenantId(), () -> jdbcActions());
        assertThat(actions).contains("CREATE INTEGRATION_CONNECTOR", "UPDATE INTEGRATION_CONNECTOR", "CREATE INTEGRATION_CONNECTION",
                "UPDATE INTEGRATION_CONNECTION", "DELETE INTEGRATION_CONNECTOR");
        assertThat(changes).doesNotContain("bearer-secret");
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    String changes;

    List<String> jdbcActions() {
        changes = String.join(" ", jdbc.sql("select coalesce(changes::text, '') from audit_log").query(String.class).list());
        return jdbc.sql("select action || ' ' || object_type from audit_log").query(String.class).list();
    }
}
