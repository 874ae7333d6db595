package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.secrets.SecretBox;
import io.qike.crm.platform.QikeProperties;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.control.Credential;
import io.qike.sandbox.control.CredentialStore;
import io.qike.sandbox.control.Provider;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import io.qike.sandbox.data.Relation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Credentials are encrypted at rest and never leave again: not in API answers, test calls, flow
 * results, run logs, exports, the audit log or the application's output, even when the provider
 * echoes the key back (企查查 findPartnershipRelation does).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CredentialStore credentials;
    @Autowired CompanyDataSet companies;
    @Autowired JdbcClient jdbc;
    @Autowired SecretBox box;
    @Autowired QikeProperties qike;

    @Test
    void credentialsNeverComeBack(CapturedOutput output) throws Exception {
        String key = "qcc-" + UUID.randomUUID(), secret = "sk-" + UUID.randomUUID();
        credentials.put(Credential.of(Provider.QICHACHA, key, secret));
        TestTenant t = fixtures.tenant();
        Api api = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        List<String> seen = new ArrayList<>();

        long connector = api.post("/api/v1/integration/connectors", "{\"name\":\"企查查\"}").json().get("id").asLong();
        Api.Response created = api.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "正式",
                "baseUrl", "http://localhost:" + port + "/sandbox/qichacha", "authScheme", "QICHACHA_TOKEN", "key", key, "secret", secret)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("secretHint").asString()).isEqualTo("••••" + secret.substring(secret.length() - 4));
        long connection = created.json().get("id").asLong();
        seen.add(created.body());
        seen.add(api.patch("/api/v1/integration/connections/" + connection, "{\"name\":\"正式连接\"}").body());
        seen.add(api.get("/api/v1/integration/connections/" + connection).body());

        String[] pair = partners();
        Map<String, Object> partnership = Map.of("connectorId", connector, "name", "合作关系挖掘", "apiName", "partnership",
                "method", "GET", "path", "/api/corp/correlation/findPartnershipRelation",
                "query", List.of(Map.of("name", "companyNames", "value", "${names}")),
                "params", List.of(Map.of("name", "names", "type", "STRING", "required", true)),
                "fields", List.of(Map.of("name", "echoedKey", "path", "$.result.key", "type", "STRING"),
                        Map.of("name", "relations", "path", "$.result.partnershipRelationList", "type", "LIST")),
                "rules", Map.of("codePath", "$.status", "successCodes", List.of("200"), "emptyCodes", List.of("201"), "messagePath", "$.msg"));
        long apiId = api.post("/api/v1/integration/interfaces", Api.json(partnership)).json().get("id").asLong();
        Api.Response test = api.post("/api/v1/integration/interfaces/" + apiId + "/test-call",
                Api.json(Map.of("connectionId", connection, "params", Map.of("names", pair[0] + "," + pair[1]))));
        assertThat(test.json().get("status").asString()).as(test.body()).isEqualTo("SUCCESS");
        assertThat(test.json().get("fields").get("echoedKey").asString()).isEqualTo("••••");
        seen.add(test.body());

        Map<String, Object> flow = Map.of("apiName", "partners", "name", "合作关系", "definition", Map.of(
                "inputs", List.of(Map.of("name", "names", "required", true)),
                "nodes", List.of(Map.of("type", "CALL", "id", "call1", "interfaceId", apiId, "connectionId", connection,
                                "inputs", List.of(Map.of("name", "names", "value", "${names}"))),
                        Map.of("type", "OUTPUT", "id", "out", "fields", List.of(Map.of("name", "key", "expression", "${call1.echoedKey}"))))));
        assertThat(api.post("/api/v1/integration/action-flows", Api.json(flow)).status()).isEqualTo(201);
        Api.Response invoked = api.post("/api/v1/action-flows/partners/invoke", Api.json(Map.of("inputs", Map.of("names", pair[0] + "," + pair[1]))));
        assertThat(invoked.json().get("status").asString()).isEqualTo("SUCCESS");
        seen.add(invoked.body());
        for (var run : api.get("/api/v1/integration/runs").json()) {
            seen.add(api.get("/api/v1/integration/runs/" + run.get("id").asLong()).body());
        }
        seen.add(api.get("/api/v1/integration/connectors/" + connector + "/export").body());
        seen.add(TenantContext.callAs(t.tenantId(), () -> String.join("\n",
                jdbc.sql("select coalesce(changes::text, '') from audit_log").query(String.class).list())));
        seen.add(TenantContext.callAs(t.tenantId(), () -> String.join("\n",
                jdbc.sql("select concat(inputs::text, outputs::text, nodes::text, error) from flow_run").query(String.class).list())));
        seen.add(output.getAll());

        for (String text : seen) {
            assertThat(text).doesNotContain(secret).doesNotContain(key);
        }
        Map<String, Object> row = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select key_cipher, secret_cipher from integration_connection where id = ?").param(connection).query().singleRow());
        assertThat(row.get("secret_cipher").toString()).startsWith("v1:").doesNotContain(secret);
        assertThat(box.open(row.get("secret_cipher").toString(), t.tenantId())).isEqualTo(secret);
        assertThat(box.open(row.get("key_cipher").toString(), t.tenantId())).isEqualTo(key);
        Path masterKey = qike.dataDir().resolve("master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(masterKey))).isEqualTo("rw-------");
    }

    /** Two companies of the data set with a partnership between them. */
    private String[] partners() {
        for (Company c : companies.companies()) {
            List<Relation> relations = companies.relationsOf(c);
            if (!relations.isEmpty()) return new String[]{c.name(), relations.get(0).relatedCompanyName()};
        }
        throw new IllegalStateException("no partnership in the data set");
    }
}
