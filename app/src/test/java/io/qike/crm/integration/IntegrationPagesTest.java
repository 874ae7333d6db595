package io.qike.crm.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages under /admin/integration: the seed's Tianyancha example built through the forms alone
 * (connector → connection → interface → action flow → run), every page in both languages, permissions.
 */
@IntegrationTest
class IntegrationPagesTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CompanyDataSet companies;
    TestTenant t;
    QikeUser admin;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = fixtures.user(t.adminId());
    }

    MvcResult send(MockHttpServletRequestBuilder request, Map<String, String> params) throws Exception {
        request.with(user(admin)).with(csrf());
        params.forEach((k, v) -> request.param(k, v));
        return mvc.perform(request).andReturn();
    }

    static long idFrom(MvcResult r) {
        String url = r.getResponse().getRedirectedUrl();
        assertThat(url).as(contentOf(r)).isNotNull();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    static String contentOf(MvcResult r) {
        try {
            return r.getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSeedsTianyanchaExampleBuiltThroughTheFormsAlone() throws Exception {
        long connector = idFrom(send(post("/admin/integration/connectors"), Map.of("name", "天眼查", "description", "工商信息")));
        MvcResult conn = send(post("/admin/integration/connections"), Map.of("connectorId", "" + connector, "name", "天眼查连接",
                "baseUrl", "http://localhost:" + port + "/sandbox/tianyancha", "authScheme", "HEADER_KEY", "authParam", "Authorization",
                "secret", Providers.TYC_TOKEN, "enabled", "true", "_enabled", "on", "maxRetries", "1", "maxConcurrent", "5"));
        assertThat(conn.getResponse().getRedirectedUrl()).isEqualTo("/admin/integration/connectors/" + connector);
        long iface = idFrom(send(post("/admin/integration/interfaces"), Map.ofEntries(Map.entry("connectorId", "" + connector),
                Map.entry("name", "企业基本信息"), Map.entry("apiName", "baseinfo"), Map.entry("method", "GET"),
                Map.entry("path", "/services/open/ic/baseinfo/normal"), Map.entry("params[0].name", "keyword"),
                Map.entry("params[0].label", "关键字"), Map.entry("params[0].type", "STRING"), Map.entry("params[0].required", "true"),
                Map.entry("query[0].name", "keyword"), Map.entry("query[0].value", "${keyword}"),
                Map.entry("fields[0].name", "name"), Map.entry("fields[0].label", "企业名称"), Map.entry("fields[0].path", "$.result.name"),
                Map.entry("fields[0].type", "STRING"), Map.entry("fields[1].name", "established"), Map.entry("fields[1].path", "$.result.estiblishTime"),
                Map.entry("fields[1].type", "DATE"), Map.entry("codePath", "$.error_code"), Map.entry("successCodes", "0"),
                Map.entry("emptyCodes", "300000"), Map.entry("messagePath", "$.reason"), Map.entry("codes[0].code", "300009"),
                Map.entry("codes[0].message", "天眼查 Token 有误"))));
        Company company = companies.get(41);
        String test = contentOf(send(post("/admin/integration/interfaces/" + iface + "/test"),
                Map.of("connectionId", connectionId(connector), "p.keyword", company.name())));
        assertThat(test).contains("成功").contains(company.name()).contains("••••").doesNotContain(Providers.TYC_TOKEN);

        String added = contentOf(send(post("/admin/integration/flows"), Map.of("name", "天眼查工商信息", "apiName", "tyc",
                "inputs[0].name", "keyword", "inputs[0].required", "true", "inputs[0].type", "STRING", "action", "add:CALL")));
        assertThat(added).contains("node-0").contains("call1");
        String applied = contentOf(send(post("/admin/integration/flows"), Map.of("name", "天眼查工商信息", "apiName", "tyc",
                "inputs[0].name", "keyword", "inputs[0].type", "STRING", "nodes[0].type", "CALL", "nodes[0].id", "call1",
                "nodes[0].interfaceId", "" + iface, "action", "add:OUTPUT")));
        assertThat(applied).contains("value=\"${keyword}\"").contains("value=\"${call1.name}\"").contains("value=\"${call1.established}\"");
        long flow = idFrom(send(post("/admin/integration/flows"), Map.ofEntries(Map.entry("name", "天眼查工商信息"), Map.entry("apiName", "tyc"),
                Map.entry("enabled", "true"), Map.entry("inputs[0].name", "keyword"), Map.entry("inputs[0].type", "STRING"),
                Map.entry("inputs[0].required", "true"), Map.entry("nodes[0].type", "CALL"), Map.entry("nodes[0].id", "call1"),
                Map.entry("nodes[0].interfaceId", "" + iface), Map.entry("nodes[0].rows[0].name", "keyword"),
                Map.entry("nodes[0].rows[0].value", "${keyword}"), Map.entry("nodes[1].type", "OUTPUT"), Map.entry("nodes[1].id", "output1"),
                Map.entry("nodes[1].status", "SUCCESS"), Map.entry("nodes[1].rows[0].name", "name"), Map.entry("nodes[1].rows[0].type", "STRING"),
                Map.entry("nodes[1].rows[0].value", "${call1.name}"), Map.entry("nodes[1].rows[1].name", "established"),
                Map.entry("nodes[1].rows[1].type", "DATE"), Map.entry("nodes[1].rows[1].value", "${call1.established}"),
                Map.entry("action", "save"))));
        String ran = contentOf(send(post("/admin/integration/flows/" + flow + "/run"), Map.of("in.keyword", company.name())));
        assertThat(ran).contains("成功").contains(company.name()).contains(company.establishedOn().toString());
    }

    private String connectionId(long connector) throws Exception {
        String page = contentOf(send(get("/admin/integration/connectors/" + connector), Map.of()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/admin/integration/connections/(\\d+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    @Test
    void everyPageRendersInBothLanguagesAndBadInputIsShownInline() throws Exception {
        long connector = idFrom(send(post("/admin/integration/connectors"), Map.of("name", "<b>连接器</b>")));
        send(post("/admin/integration/connections"), Map.of("connectorId", "" + connector, "name", "c",
                "baseUrl", "http://localhost:" + port + "/sandbox/test-echo", "authScheme", "NONE"));
        long connection = Long.parseLong(connectionId(connector));
        long iface = idFrom(send(post("/admin/integration/interfaces"), Map.of("connectorId", "" + connector, "name", "回显",
                "apiName", "echo", "path", "/plain", "fields[0].name", "q", "fields[0].path", "$.query.q")));
        long flow = idFrom(send(post("/admin/integration/flows"), Map.of("name", "f", "apiName", "f", "nodes[0].type", "CALL",
                "nodes[0].id", "c1", "nodes[0].interfaceId", "" + iface, "nodes[1].type", "OUTPUT", "nodes[1].id", "o", "action", "save")));
        send(post("/admin/integration/flows/" + flow + "/run"), Map.of());
        long run = fixtures.as(t.adminId(), () -> runs.search(new RunQuery(null, null, null, null, null, 0, 1)).get(0).id());
        for (String page : List.of("/admin/integration", "/admin/integration/connectors/" + connector,
                "/admin/integration/connections/new?connectorId=" + connector, "/admin/integration/connections/" + connection,
                "/admin/integration/interfaces/new?connectorId=" + connector, "/admin/integration/interfaces/" + iface,
                "/admin/integration/flows", "/admin/integration/flows/new", "/admin/integration/flows/" + flow,
                "/admin/integration/runs", "/admin/integration/runs?status=SUCCESS&q=x", "/admin/integration/runs/" + run,
                "/admin/integration/ledger")) {
            for (String lang : List.of("zh-CN", "en")) {
                MvcResult r = mvc.perform(get(page).with(user(admin)).cookie(new Cookie("qike-lang", lang))).andReturn();
                assertThat(r.getResponse().getStatus()).as(page + " " + lang).isEqualTo(200);
                assertThat(contentOf(r)).as(page + " " + lang).doesNotContain("??").doesNotContain("<b>连接器</b>");
            }
        }
        String bad = contentOf(send(post("/admin/integration/connections"), Map.of("connectorId", "" + connector, "name", "x",
                "baseUrl", "http://169.254.169.254/latest", "authScheme", "NONE", "qps", "many")));
        assertThat(bad).contains("is-invalid").contains("169.254.169.254").contains("必须是数字");

        QikeUser rep = fixtures.user(t.rep1Id());
        assertThat(mvc.perform(get("/admin/integration").with(user(rep))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/integration/flows/" + flow).with(user(rep))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aPresetsCodeMessagesShowAsTextInTheReadersLanguageAndStayBilingualWhenSavedUnchanged() throws Exception {
        registry.initialize(t.adminId(), port, io.qike.crm.registry.RegistryProvider.TIANYANCHA);
        ApiInterface api = fixtures.as(t.adminId(), () -> interfaces.all().get(0));
        String url = "/admin/integration/interfaces/" + api.id();
        for (String lang : List.of("zh-CN", "en")) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(contentOf(mvc.perform(get(url).with(user(admin))
                    .header("Accept-Language", lang)).andReturn()));
            List<String> shown = page.select("#codes-table input[name$=.message]").eachAttr("value");
            assertThat(shown).as(lang).noneMatch(m -> m.startsWith("registry.code."))
                    .contains(lang.equals("en") ? "Tianyancha found no such company." : "天眼查没有查到这家企业。");
        }
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(contentOf(mvc.perform(get(url).with(user(admin))).andReturn()));
        MockHttpServletRequestBuilder save = post(url).with(user(admin)).with(csrf()).param("action", "save");
        for (org.jsoup.nodes.Element input : form.select("#interface-form input[name], #interface-form textarea[name], #interface-form select[name]")) {
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) continue;
            String value = input.tagName().equals("select") ? input.select("option[selected]").val()
                    : input.tagName().equals("textarea") ? input.wholeText() : input.val();
            if (!input.attr("name").equals("_csrf") && !input.attr("name").equals("action")) save.param(input.attr("name"), value);
        }
        assertThat(mvc.perform(save).andReturn().getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(fixtures.as(t.adminId(), () -> interfaces.get(api.id())).definition().codes()).extracting(CodeMessage::message)
                .allMatch(m -> m.startsWith("registry.code.tianyancha."));
    }

    @Autowired io.qike.crm.registry.RegistrySandbox registry;
    @Autowired ApiInterfaceService interfaces;
    @Autowired FlowRunService runs;
}
