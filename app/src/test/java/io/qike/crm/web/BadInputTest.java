package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.intel.lists.CompanyList;
import io.qike.crm.intel.lists.CompanyLists;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Wrong input is a 400 naming the field, in the user's language, on the API, the pages and the downloads; never a 500. */
@IntegrationTest
class BadInputTest {
    static final List<String> BAD_IDS = List.of("abc", "1.5", "99999999999999999999");
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CompanyLists lists;
    TestTenant t;
    Api api;
    QikeUser admin;
    String token;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        api = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        token = new Api(port).post("/api/v1/auth/token", Api.json(Map.of("login", t.login("admin"), "password", TestFixtures.PASSWORD)))
                .json().get("token").asString();
        admin = fixtures.user(t.adminId());
    }

    static List<String> fieldErrors(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<String> out = new ArrayList<>();
        for (JsonNode e : r.json().get("errors")) out.add(e.get("field").asString() + "=" + e.get("code").asString());
        return out;
    }

    @Test
    void aWrongOwnerInTheCustomerListIsAFieldErrorOnTheApiAndThePage() throws Exception {
        for (String bad : BAD_IDS) {
            assertThat(fieldErrors(api.get("/api/v1/customers?ownerId=" + bad))).as(bad).hasSize(1).first().asString().startsWith("ownerId=");
            MockHttpServletResponse page = mvc.perform(get("/customers").param("ownerId", bad).with(user(admin))).andReturn().getResponse();
            assertThat(page.getStatus()).as(bad).isEqualTo(400);
            String text = Jsoup.parse(page.getContentAsString()).select("main").text();
            assertThat(text).as(bad).contains("负责人").doesNotContain("ownerId");
        }
    }

    @Test
    void anExportWithAWrongOwnerIsRefusedBeforeAnyFileIsSent() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String bad : BAD_IDS) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/customers/export?ownerId=" + bad))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.headers().firstValue("Content-Disposition")).isEmpty();
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"field\":\"ownerId\"").contains("Owner");
            MockHttpServletResponse page = mvc.perform(get("/exports/customers").param("ownerId", bad).with(user(admin))).andReturn().getResponse();
            assertThat(page.getStatus()).as(bad).isEqualTo(400);
            assertThat(page.getHeader("Content-Disposition")).isNull();
        }
    }

    @Test
    void companyListsWithAnyNameExportWithASafeSheetName() throws Exception {
        for (String name : List.of("a/b[c]", "四十个字的名单".repeat(5) + "一二三四五")) {
            long id = fixtures.as(t.adminId(), () -> lists.addTo(name, List.of(CompanyList.Item.named("上海某某科技有限公司"))));
            MockHttpServletResponse file = mvc.perform(get("/intel/lists/" + id + "/export").with(user(admin))).andReturn().getResponse();
            assertThat(file.getStatus()).as(name).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.getContentAsByteArray()))) {
                String sheet = book.getSheetName(0);
                assertThat(sheet).hasSizeLessThanOrEqualTo(31).doesNotContain("/", "[", "]");
                assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("上海某某科技有限公司");
            }
        }
    }

    @Test
    void aNulCharacterInTextIsAFieldErrorNotAConflict() throws Exception {
        assertThat(fieldErrors(api.post("/api/v1/customers", "{\"name\":\"甲\\u0000乙有限公司\"}"))).containsExactly("name=invalid_characters");
        Api.Response english = api.language("en").post("/api/v1/customers", "{\"name\":\"甲\\u0000乙有限公司\"}");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("characters that are not allowed");
        assertThat(fieldErrors(api.get("/api/v1/customers?q=%00"))).containsExactly("q=invalid_characters");
        long id = api.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "丙丁有限公司"))).json().get("id").asLong();
        assertThat(fieldErrors(api.patch("/api/v1/customers/" + id, "{\"phone\":\"1\\u0000\"}"))).containsExactly("phone=invalid_characters");
        MockHttpServletResponse page = mvc.perform(post("/customers").param("name", "甲\u0000乙有限公司").with(user(admin)).with(csrf()))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(page.getContentAsString()).select("main").text()).contains("名称");
    }

    @Test
    void wrongJsonTypesAreRefusedNotGuessed() {
        long connector = api.post("/api/v1/integration/connectors", "{\"name\":\"类型\"}").json().get("id").asLong();
        String base = "\"name\":\"c\",\"baseUrl\":\"http://localhost/\",\"authScheme\":\"NONE\"";
        assertThat(fieldErrors(api.post("/api/v1/integration/connections", "{\"connectorId\":" + connector + ".5," + base + "}")))
                .containsExactly("connectorId=invalid");
        assertThat(fieldErrors(api.post("/api/v1/integration/connections",
                "{\"connectorId\":" + connector + ",\"enabled\":12345," + base + "}"))).containsExactly("enabled=invalid");
        assertThat(fieldErrors(api.post("/api/v1/integration/connections",
                "{\"connectorId\":" + connector + ",\"limits\":{\"maxConcurrent\":\"5\"}," + base + "}"))).containsExactly("limits.maxConcurrent=invalid");
        assertThat(api.get("/api/v1/integration/connections?connectorId=" + connector).json().size()).isZero();
        assertThat(api.post("/api/v1/integration/connections", "{\"connectorId\":" + connector + "," + base + "}").status()).isEqualTo(201);
    }

    @Test
    void pathsAndMethodsNoOneServesAnswerInProblemJson() throws Exception {
        Api.Response missing = api.get("/api/v1/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("code").asString()).isEqualTo("not_found");
        assertThat(missing.json().get("title").asString()).contains("不存在");
        Api.Response method = api.language("en").delete("/api/v1/customers");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.contentType()).startsWith("application/problem+json");
        assertThat(method.json().get("code").asString()).isEqualTo("method_not_allowed");
        assertThat(method.json().get("title").asString()).isEqualTo("This method is not allowed here.");

        HttpResponse<String> browser = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nope"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(browser.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(browser.body()).contains("\"code\":\"not_found\"");
    }
}
