package io.qike.crm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 工商查询 and 工商新建 over the REST API, for each provider against the sandbox. */
@IntegrationTest
class RegistryApiTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired RegistrySandbox sandbox;
    @Autowired CompanyDataSet companies;
    @Autowired JdbcClient jdbc;

    Api as(TestTenant t, String who) {
        return new Api(port).login(t.login(who), TestFixtures.PASSWORD);
    }

    /** The card a company must give, from the data set's facts. */
    static Map<String, String> expectedCard(Company c, boolean contacts) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("creditCode", c.creditCode());
        m.put("legalRepresentative", c.legalPerson());
        m.put("registeredCapital", c.capitalAmount());
        m.put("capitalCurrency", Map.of("人民币", "CNY", "美元", "USD", "港元", "HKD").get(c.currency()));
        m.put("establishedOn", c.establishedOn().toString());
        m.put("registrationStatus", c.status());
        m.put("industry", c.industry().big());
        m.put("address", c.address());
        m.put("region", c.region().municipality() ? c.region().province() + c.region().district() : c.region().province() + c.region().city());
        m.put("businessScope", c.scope());
        if (contacts) {
            if (c.phone() != null) m.put("phone", c.phone());
            if (c.email() != null) m.put("email", c.email());
            if (c.website() != null) m.put("website", c.website());
        }
        return m;
    }

    static Map<String, String> card(JsonNode view) {
        Map<String, String> m = new LinkedHashMap<>();
        view.get("card").properties().forEach(e -> m.put(e.getKey(), e.getValue().asString()));
        return m;
    }

    @ParameterizedTest
    @EnumSource(RegistryProvider.class)
    void searchAndDetailMapEveryDefaultFieldAndCreatingFromTheRegistryKeepsTheRecord(RegistryProvider p) {
        TestTenant t = fixtures.tenant();
        RegistrySandbox.Keys k = sandbox.only(t.adminId(), port, p);
        Company c = companies.get(1000 + p.ordinal());
        Api rep = as(t, "rep1");

        JsonNode search = rep.get("/api/v1/registry/search?keyword=" + enc(c.name())).json();
        assertThat(search.get("status").asString()).isEqualTo("FOUND");
        JsonNode hit = search.get("candidates").get(0);
        assertThat(hit.get("name").asString()).isEqualTo(c.name());
        assertThat(hit.get("creditCode").asString()).isEqualTo(c.creditCode());
        assertThat(hit.get("legalPerson").asString()).isEqualTo(c.legalPerson());
        assertThat(hit.get("status").asString()).isEqualTo(c.status());
        assertThat(hit.get("establishedOn").asString()).isEqualTo(c.establishedOn().toString());
        assertThat(hit.get("region").asString()).startsWith(c.region().province());

        JsonNode detail = rep.get("/api/v1/registry/companies?keyword=" + enc(c.name())).json();
        assertThat(card(detail)).isEqualTo(expectedCard(c, p == RegistryProvider.TIANYANCHA));
        assertThat(detail.has("existingCustomer")).isFalse();

        Api.Response created = rep.post("/api/v1/customers/from-registry",
                Api.json(Map.of("creditCode", c.creditCode(), "overrides", Map.of("level", "A"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode customer = created.json();
        assertThat(customer.get("name").asString()).isEqualTo(c.name());
        assertThat(customer.get("level").asString()).isEqualTo("A");
        assertThat(customer.get("source").asString()).isEqualTo("REGISTRY");
        assertThat(customer.get("registryProvider").asString()).isEqualTo(p.code());
        String payloadName = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select registry_payload::text from customer where id = ?").param(customer.get("id").asLong()).query(String.class).single());
        assertThat(payloadName).contains(c.creditCode());
        assertThat(sandbox.calls(k)).as("one search, one detail").isEqualTo(2);

        Api.Response again = as(t, "rep2").post("/api/v1/customers/from-registry", Api.json(Map.of("keyword", c.creditCode())));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("duplicate_credit_code");
        assertThat(again.json().get("existingId").asLong()).isEqualTo(customer.get("id").asLong());
        assertThat(again.json().get("existingOwner").asString()).isEqualTo("李销售");
        assertThat(sandbox.calls(k)).as("a known credit code costs no call").isEqualTo(2);
        JsonNode known = rep.get("/api/v1/registry/companies?keyword=" + c.creditCode()).json();
        assertThat(known.get("existingCustomer").get("id").asLong()).isEqualTo(customer.get("id").asLong());
    }

    @Test
    void theSameCompanyGivesTheSameCardFromAllThreeProviders() {
        Company c = companies.get(1234);
        Map<RegistryProvider, Map<String, String>> cards = new EnumMap<>(RegistryProvider.class);
        for (RegistryProvider p : RegistryProvider.values()) {
            TestTenant t = fixtures.tenant();
            sandbox.only(t.adminId(), port, p);
            Map<String, String> card = card(as(t, "rep1").get("/api/v1/registry/companies?keyword=" + enc(c.name())).json());
            List.of("phone", "email", "website").forEach(card::remove); // only 天眼查's 818 carries contacts
            cards.put(p, card);
        }
        assertThat(cards.get(RegistryProvider.QIXIN)).isEqualTo(expectedCard(c, false))
                .isEqualTo(cards.get(RegistryProvider.TIANYANCHA)).isEqualTo(cards.get(RegistryProvider.QICHACHA));
    }

    @Test
    void badRequestsAreRefusedWithFieldErrorsAndSoftAnswersAreNotFailures() {
        TestTenant t = fixtures.tenant();
        Api admin = as(t, "admin");
        assertThat(errors(admin.post("/api/v1/registry/providers/qichacha/initialize", "{}"))).containsEntry("apiKey", "required")
                .containsEntry("secretKey", "required");
        assertThat(admin.post("/api/v1/registry/providers/nosuch/initialize", "{\"apiKey\":\"x\"}").status()).isEqualTo(404);
        assertThat(errors(admin.post("/api/v1/registry/providers/tianyancha/initialize", "{\"apiKey\":\"k\",\"baseUrl\":\"ftp://x\",\"qps\":-1}")))
                .containsEntry("baseUrl", "url").containsEntry("qps", "between");
        assertThat(as(t, "rep1").get("/api/v1/registry/settings").status()).isEqualTo(403);
        assertThat(as(t, "rep1").post("/api/v1/registry/providers/qixin/initialize", "{\"apiKey\":\"k\",\"secretKey\":\"s\"}").status()).isEqualTo(403);

        assertThat(errors(admin.put("/api/v1/registry/settings", "{\"enabled\":true,\"primary\":\"baidu\",\"searchTtlMinutes\":0}")))
                .containsEntry("primary", "unknown_provider").containsEntry("searchTtlMinutes", "between");
        sandbox.initialize(t.adminId(), port, RegistryProvider.QIXIN);
        assertThat(errors(admin.put("/api/v1/registry/settings", """
                {"fallback":"qixin","providers":{"qixin":{"searchFlow":"registry.qixin.nope","detailFlow":"registry.qixin.detail",
                 "mappings":[{"source":"establishedOn","target":"registeredCapital"},{"source":"nope","target":"phone"}]},
                 "weibo":{"searchFlow":"x","detailFlow":"y"}}}""")))
                .containsEntry("fallback", "same_as_primary").containsEntry("providers.qixin.searchFlow", "flow_not_found")
                .containsEntry("providers.qixin.mappings[0].target", "type_mismatch")
                .containsEntry("providers.qixin.mappings[1].source", "unknown_output").containsEntry("providers.qixin.mappings", "name_required")
                .containsEntry("providers.weibo", "unknown_provider");

        Api rep = as(t, "rep1");
        assertThat(errors(rep.get("/api/v1/registry/search"))).containsEntry("keyword", "required");
        assertThat(errors(rep.get("/api/v1/registry/search?keyword=" + enc("华")))).containsEntry("keyword", "too_short");
        assertThat(errors(rep.get("/api/v1/registry/search?keyword=" + enc("%%")))).containsEntry("keyword", "unsupported_keyword");
        assertThat(errors(rep.post("/api/v1/customers/from-registry", "{}"))).containsEntry("keyword", "keyword_or_credit_code");
        JsonNode none = rep.get("/api/v1/registry/search?keyword=" + enc("查无此公司名称")).json();
        assertThat(none.get("status").asString()).isEqualTo("NOT_FOUND");
        assertThat(none.get("message").asString()).isEqualTo("启信宝没有查到这家企业。");
        Api.Response missing = rep.post("/api/v1/customers/from-registry", "{\"keyword\":\"查无此公司名称\"}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("registry_not_found");
        assertThat(rep.language("en").get("/api/v1/registry/search?keyword=" + enc("查无此公司名称")).json().get("message").asString())
                .isEqualTo("Qixin found no such company.");
    }

    static Map<String, String> errors(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        Map<String, String> m = new LinkedHashMap<>();
        r.json().get("errors").forEach(e -> m.put(e.get("field").asString(), e.get("code").asString()));
        return m;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
