package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qike.crm.platform.ConflictException;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Action flows end to end: the seed's Tianyancha flow over REST, transforms, branches, versions, the Java API. */
@IntegrationTest
class ActionFlowTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired Providers providers;
    @Autowired ActionFlows flows;
    @Autowired ActionFlowService admin;
    @Autowired FlowRunService runs;
    @Autowired CompanyDataSet companies;
    TestTenant t;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        providers.as(t.adminId(), port);
    }

    @Test
    void theSeedsTianyanchaFlowBuiltByHandOverTheApiAndRunByASalesRep() {
        Api api = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        long connector = api.post("/api/v1/integration/connectors", "{\"name\":\"天眼查\",\"description\":\"工商信息\"}").json().get("id").asLong();
        long connection = api.post("/api/v1/integration/connections", Api.json(Map.of("connectorId", connector, "name", "天眼查连接",
                "baseUrl", "http://localhost:" + port + "/sandbox/tianyancha", "authScheme", "HEADER_KEY", "authParam", "Authorization",
                "secret", Providers.TYC_TOKEN))).json().get("id").asLong();
        Map<String, Object> iface = Map.of("connectorId", connector, "name", "企业基本信息", "apiName", "baseinfo", "method", "GET",
                "path", "/services/open/ic/baseinfo/normal", "query", List.of(Map.of("name", "keyword", "value", "${keyword}")),
                "params", List.of(Map.of("name", "keyword", "label", "关键字", "type", "STRING", "required", true)),
                "fields", List.of(Map.of("name", "name", "label", "企业名称", "path", "$.result.name"),
                        Map.of("name", "capital", "label", "注册资本", "path", "$.result.regCapital"),
                        Map.of("name", "established", "label", "成立日期", "path", "$.result.estiblishTime")),
                "rules", Map.of("codePath", "$.error_code", "successCodes", List.of("0"), "emptyCodes", List.of("300000"), "messagePath", "$.reason"));
        long interfaceId = api.post("/api/v1/integration/interfaces", Api.json(iface)).json().get("id").asLong();
        Map<String, Object> flow = Map.of("apiName", "tyc_baseinfo", "name", "天眼查工商信息", "invokePermission", "CUSTOMER_VIEW", "definition", Map.of(
                "inputs", List.of(Map.of("name", "keyword", "label", "关键字", "required", true)),
                "nodes", List.of(
                        Map.of("type", "CALL", "id", "tyc", "interfaceId", interfaceId, "connectionId", connection,
                                "inputs", List.of(Map.of("name", "keyword", "value", "${keyword}"))),
                        Map.of("type", "TRANSFORM", "id", "fix", "assignments", List.of(
                                Map.of("name", "amount", "value", "${tyc.capital|amount}"),
                                Map.of("name", "currency", "value", "${tyc.capital|currency}"),
                                Map.of("name", "title", "value", "${tyc.name}（${tyc.established|date}）"))),
                        Map.of("type", "OUTPUT", "id", "out", "fields", List.of(
                                Map.of("name", "name", "label", "企业名称", "expression", "${tyc.name}"),
                                Map.of("name", "registeredCapital", "type", "NUMBER", "expression", "${amount}"),
                                Map.of("name", "currency", "expression", "${currency}"),
                                Map.of("name", "establishedOn", "type", "DATE", "expression", "${tyc.established}"),
                                Map.of("name", "title", "expression", "${title}"),
                                Map.of("name", "website", "expression", "${tyc.website|default:暂无}"))))));
        Api.Response saved = api.post("/api/v1/integration/action-flows", Api.json(flow));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);

        Company company = companies.get(17);
        Api rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        JsonNode result = rep.post("/api/v1/action-flows/tyc_baseinfo/invoke", Api.json(Map.of("inputs", Map.of("keyword", " " + company.name() + " ")))).json();
        assertThat(result.get("status").asString()).as(result.toString()).isEqualTo("SUCCESS");
        JsonNode out = result.get("outputs");
        assertThat(out.get("name").asString()).isEqualTo(company.name());
        assertThat(out.get("registeredCapital").decimalValue()).isEqualByComparingTo(company.capital());
        assertThat(out.get("currency").asString()).isEqualTo(company.currency().equals("人民币") ? "CNY" : company.currency().equals("美元") ? "USD" : "HKD");
        assertThat(out.get("establishedOn").asString()).isEqualTo(company.establishedOn().toString());
        assertThat(out.get("title").asString()).isEqualTo(company.name() + "（" + company.establishedOn() + "）");
        assertThat(out.get("website").asString()).isEqualTo("暂无");

        JsonNode empty = rep.post("/api/v1/action-flows/tyc_baseinfo/invoke", Api.json(Map.of("inputs", Map.of("keyword", "查无此公司")))).json();
        assertThat(empty.get("status").asString()).isEqualTo("EMPTY");
        assertThat(empty.get("providerCode").asString()).isEqualTo("300000");
        assertThat(rep.post("/api/v1/action-flows/tyc_baseinfo/invoke", "{\"inputs\":{}}").status()).isEqualTo(400);
        assertThat(rep.post("/api/v1/action-flows/nothing/invoke", "{}").status()).isEqualTo(404);
        assertThat(rep.get("/api/v1/integration/runs").status()).isEqualTo(403);
        assertThat(rep.post("/api/v1/integration/connectors", "{\"name\":\"x\"}").status()).isEqualTo(403);

        JsonNode logged = api.get("/api/v1/integration/runs?flow=tyc_baseinfo&status=EMPTY").json();
        assertThat(logged.size()).isEqualTo(1);
        JsonNode run = api.get("/api/v1/integration/runs/" + logged.get(0).get("id").asLong()).json();
        assertThat(run.get("inputs").get("keyword").asString()).isEqualTo("查无此公司");
        assertThat(run.get("nodes").get(0).get("call").get("request").get("headers").toString()).contains("••••");
        assertThat(api.get("/api/v1/integration/runs?q=" + java.net.URLEncoder.encode("查无此", java.nio.charset.StandardCharsets.UTF_8)).json().size()).isEqualTo(1);
        JsonNode ledger = api.get("/api/v1/integration/ledger?connectionId=" + connection).json();
        assertThat(ledger.get(0).get("calls").asLong()).isEqualTo(2);
        assertThat(ledger.get(0).get("successes").asLong()).isEqualTo(1);
        assertThat(ledger.get(0).get("empties").asLong()).isEqualTo(1);
    }

    @Test
    void branchesVersionsDisablingAndTheJavaApi() {
        long connector = providers.connector("天眼查");
        ApiInterface search = providers.tianyanchaSearch(connector);
        Connection c = providers.connection(connector, "/sandbox/tianyancha", AuthScheme.HEADER_KEY, "Authorization", null, Providers.TYC_TOKEN, null);
        FlowDefinition def = new FlowDefinition(List.of(new InterfaceParam("keyword", null, ParamType.STRING, true)), List.of(
                new FlowNode.Call("s", search.id(), null, List.of(new NameValue("keyword", "${keyword}")), true, false),
                new FlowNode.Branch("found", "${s._status}", FlowNode.Operator.EQ, "SUCCESS", "hit", null),
                new FlowNode.Output("miss", List.of(new OutputField("count", null, ResultFieldType.NUMBER, "0")), FlowStatus.EMPTY),
                new FlowNode.Output("hit", List.of(new OutputField("count", null, ResultFieldType.NUMBER, "${s.items|size}"),
                        new OutputField("first", null, ResultFieldType.STRING, "${s.items.0.name}")), null)));
        ActionFlow flow = providers.run(() -> admin.create(new ActionFlowDraft("search", "搜索", null, true, def)));
        Company company = companies.get(30);

        FlowResult hit = fixtures.as(t.rep2Id(), () -> flows.invoke("search", Map.of("keyword", company.name())));
        assertThat(hit.status()).isEqualTo(FlowStatus.SUCCESS);
        assertThat(hit.outputs().get("first")).isEqualTo(company.name());
        assertThat((BigDecimal) hit.outputs().get("count")).isPositive();
        FlowResult miss = fixtures.as(t.rep2Id(), () -> flows.invoke("search", Map.of("keyword", "查无此公司")));
        assertThat(miss.status()).isEqualTo(FlowStatus.EMPTY);
        assertThat(miss.outputs()).isEmpty();

        ActionFlow v2 = providers.run(() -> admin.update(flow.id(), new ActionFlowDraft("search", "搜索（新）", null, true, def)));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(providers.run(() -> admin.versions(flow.id()))).hasSize(2);
        assertThat(fixtures.as(t.rep2Id(), () -> flows.describe("search")).orElseThrow().outputs()).extracting(OutputField::name)
                .containsExactly("count", "first");

        providers.run(() -> admin.setEnabled(flow.id(), false));
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> flows.invoke("search", Map.of("keyword", "x"))))
                .isInstanceOf(ConflictException.class);
        providers.run(() -> admin.setEnabled(flow.id(), true));
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> flows.invoke("search", Map.of())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> flows.invoke("unknown", Map.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(providers.run(() -> runs.search(new RunQuery("search", null, null, null, null, 0, 10)))).hasSize(2);
    }
}
