package io.qike.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 撞单提示: a rep who saves a customer with the credit code of a customer they cannot read learns its name and
 * owner (the default), or, when the enterprise chooses, only that it exists and to ask their manager.
 */
@IntegrationTest
class DuplicateHintTest {
    static final String CODE = "91310000MA1FL0YY0" + io.qike.crm.dedup.CreditCodes.checkChar("91310000MA1FL0YY0");
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void theDuplicateNamesTheCustomerAndOwnerByDefaultAndOnlyTellsItExistsUnderTheStrictSetting() throws Exception {
        TestTenant t = fixtures.tenant();
        Api rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        Api rep2 = new Api(port).login(t.login("rep2"), TestFixtures.PASSWORD);
        Api manager = new Api(port).login(t.login("manager"), TestFixtures.PASSWORD);
        assertThat(rep1.post("/api/v1/customers", Api.json(Map.of("name", "上海撞单测试有限公司", "creditCode", CODE))).status()).isEqualTo(201);
        String again = Api.json(Map.of("name", "撞单测试", "creditCode", CODE));

        Api.Response byDefault = rep2.post("/api/v1/customers", again);
        assertThat(byDefault.status()).isEqualTo(409);
        assertThat(byDefault.json().get("existingName").asString()).isEqualTo("上海撞单测试有限公司");
        assertThat(byDefault.json().get("existingOwner").asString()).isEqualTo("李销售");
        String lookAlike = Api.json(Map.of("name", "上海撞单测试有限责任公司"));
        Api.Response similarByDefault = rep2.post("/api/v1/customers", lookAlike);
        assertThat(similarByDefault.status()).isEqualTo(409);
        assertThat(similarByDefault.json().get("code").asString()).isEqualTo("similar_names");
        assertThat(similarByDefault.body()).contains("上海撞单测试有限公司", "李销售");

        Document settings = page(get("/admin/enterprise"), t.adminId());
        assertThat(settings.select("#duplicate-hint option[selected]").text()).isEqualTo("显示已有客户的名称和负责人");
        String saved = mvc.perform(post("/admin/enterprise").with(user(fixtures.user(t.adminId()))).with(csrf())
                .param("timeZone", "Asia/Shanghai").param("duplicateHint", "ASK_MANAGER")).andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).isEqualTo("/admin/enterprise");
        assertThat(page(get("/admin/enterprise"), t.adminId()).select("#duplicate-hint option[selected]").text())
                .isEqualTo("只提示“该客户已存在，请联系主管”");
        assertThat(TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select changes::text from audit_log where object_type = 'TENANT'")
                .query(String.class).list())).anySatisfy(c -> assertThat(c).contains("duplicateHint", "ASK_MANAGER"));

        Api.Response strict = rep2.post("/api/v1/customers", again);
        assertThat(strict.status()).isEqualTo(409);
        assertThat(strict.json().get("code").asString()).isEqualTo("duplicate_credit_code");
        assertThat(strict.json().get("detail").asString()).isEqualTo("该客户已存在，请联系主管。");
        assertThat(strict.body()).doesNotContain("上海撞单测试有限公司", "李销售");

        Document form = page(post("/customers").with(csrf()).param("name", "撞单测试").param("creditCode", CODE), t.rep2Id());
        assertThat(form.select("#duplicate-conflict").text()).contains("该客户已存在，请联系主管").doesNotContain("上海撞单测试有限公司", "李销售");

        // Similar names follow the same setting: the ones rep2 cannot read are only counted.
        Api.Response similarStrict = rep2.post("/api/v1/customers", lookAlike);
        assertThat(similarStrict.status()).isEqualTo(409);
        assertThat(similarStrict.json().get("othersNotShown").asInt()).isEqualTo(1);
        assertThat(similarStrict.body()).doesNotContain("上海撞单测试有限公司", "李销售");
        Document similarForm = page(post("/customers").with(csrf()).param("name", "上海撞单测试有限责任公司"), t.rep2Id());
        assertThat(similarForm.select("#similar-hidden").text()).contains("另有 1 家名称相似的客户您无权查看");
        assertThat(similarForm.select("#similar-confirm").text()).doesNotContain("上海撞单测试有限公司", "李销售");
        assertThat(manager.post("/api/v1/customers", lookAlike).body()).as("the manager can read it").contains("上海撞单测试有限公司");

        Api.Response readable = manager.post("/api/v1/customers", again);
        assertThat(readable.status()).isEqualTo(409);
        assertThat(readable.json().get("existingName").asString()).as("the manager can read rep1's customer").isEqualTo("上海撞单测试有限公司");
    }

    private Document page(MockHttpServletRequestBuilder request, long userId) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(fixtures.user(userId))).cookie(new Cookie("qike-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString());
    }
}
