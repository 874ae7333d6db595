package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bad configuration is rejected on save with field-level problems, in the user's language; nothing is written. */
@IntegrationTest
class ValidationTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    TestTenant t;
    Api api;
    long connector;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        api = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        connector = api.post("/api/v1/integration/connectors", "{\"name\":\"校验\"}").json().get("id").asLong();
    }

    static List<String> problems(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        List<String> out = new ArrayList<>();
        for (JsonNode e : r.json().get("errors")) out.add(e.get("field").asString() + "=" + e.get("code").asString());
        return out;
    }

    @Test
    void interfacesWithBadPathsPlaceholdersOrRulesAreRefused() {
        Map<String, Object> bad = new java.util.HashMap<>(Map.of("connectorId", connector, "name", "坏接口", "apiName", "9bad name",
                "method", "FETCH"));
        bad.putAll(Map.of("path", "/x/${id}", "query", List.of(Map.of("name", "q", "value", "${keyword}")),
                "params", List.of(Map.of("name", "keyword"), Map.of("name", "keyword")),
                "bodyType", "JSON", "body", "{\"a\": ${keyword",
                "fields", List.of(Map.of("name", "name", "path", "$.result[?(@.x"), Map.of("name", "list", "path", "$.items",
                        "type", "LIST", "items", List.of(Map.of("name", "bad-name", "path", "$.a")))),
                "rules", Map.of("codePath", "$..[", "messagePath", "$.msg")));
        List<String> p = problems(api.post("/api/v1/integration/interfaces", Api.json(bad)));
        assertThat(p).contains("apiName=api_name", "method=invalid_option", "path=unknown_placeholder", "params[1].name=duplicate",
                "body=invalid_json", "fields[0].path=invalid_json_path", "fields[1].items[0].name=identifier",
                "rules.codePath=invalid_json_path", "rules.successCodes=required");
        Api.Response english = api.language("en").post("/api/v1/integration/interfaces", Api.json(bad));
        assertThat(english.body()).contains("JSONPath");
        assertThat(api.language("zh-CN").get("/api/v1/integration/interfaces?connectorId=" + connector).json().size()).isZero();
    }

    @Test
    void connectionsNeedAValidUrlTheirCredentialsAndSaneLimits() {
        Map<String, Object> bad = Map.of("connectorId", connector, "name", "", "baseUrl", "localhost:8080/x",
                "authScheme", "QICHACHA_TOKEN", "secret", "ab", "limits", Map.of("maxConcurrent", 0, "breakerFailureRate", 101));
        assertThat(problems(api.post("/api/v1/integration/connections", Api.json(bad)))).contains("name=required", "baseUrl=url",
                "key=required", "secret=credential_short", "limits.maxConcurrent=between", "limits.breakerFailureRate=between");
        assertThat(api.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", 999999999, "name", "x",
                "baseUrl", "http://localhost/", "authScheme", "NONE"))).json().get("errors").get(0).get("code").asString()).isEqualTo("not_found");
    }

    @Test
    void flowsWithUnknownVariablesMissingMappingsOrBackwardJumpsAreRefused() {
        long connection = api.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "c",
                "baseUrl", "http://localhost:" + port + "/sandbox/test-echo", "authScheme", "NONE"))).json().get("id").asLong();
        long iface = api.post("/api/v1/integration/interfaces", Api.json(Map.of("connectorId", connector, "name", "i", "apiName", "i",
                "method", "GET", "path", "/plain", "query", List.of(Map.of("name", "q", "value", "${q}")),
                "params", List.of(Map.of("name", "q", "required", true))))).json().get("id").asLong();
        Map<String, Object> flow = Map.of("apiName", "bad", "name", "坏流程", "definition", Map.of(
                "inputs", List.of(Map.of("name", "keyword")),
                "nodes", List.of(
                        Map.of("type", "CALL", "id", "c1", "interfaceId", iface, "connectionId", connection,
                                "inputs", List.of(Map.of("name", "nope", "value", "${keyword}"))),
                        Map.of("type", "BRANCH", "id", "b", "left", "${c1._status}", "operator", "EQ", "right", "x", "goTo", "c1"),
                        Map.of("type", "TRANSFORM", "id", "t", "assignments", List.of(Map.of("name", "x", "value", "${missing|shout}"))),
                        Map.of("type", "OUTPUT", "id", "o", "fields", List.of(Map.of("name", "n", "expression", "${x}"))))));
        List<String> p = problems(api.post("/api/v1/integration/action-flows", Api.json(flow)));
        assertThat(p).contains("nodes[0].inputs[0].name=unknown_param", "nodes[0].inputs=missing_param", "nodes[1].goTo=backward_jump",
                "nodes[2].assignments[0].value=unknown_variable", "nodes[2].assignments[0].value=unknown_filter");
        Map<String, Object> noOutput = Map.of("apiName", "bad2", "name", "x", "definition", Map.of("nodes", List.of(
                Map.of("type", "TRANSFORM", "id", "t", "assignments", List.of()))));
        assertThat(problems(api.post("/api/v1/integration/action-flows", Api.json(noOutput)))).contains("nodes=output_required");
    }
}
