package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFieldDefinition;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the forms tell the user before and after saving: the length they may type, ranges by name, custom fields as edited. */
@IntegrationTest
class FormRulesTest {
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomFields fields;
    @Autowired CustomerService customers;
    TestTenant t;
    QikeUser admin;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = fixtures.user(t.adminId());
    }

    @Test
    void theCustomerNameFieldAllowsExactlyWhatTheServerAccepts() throws Exception {
        Element name = page(get("/customers/new"), "zh-CN", 200).selectFirst("#customer-form input[name=name]");
        assertThat(name.attr("maxlength")).as("the name field states its limit").isNotEmpty();
        int max = Integer.parseInt(name.attr("maxlength"));

        Document tooLong = page(post("/customers").with(csrf()).param("name", "华".repeat(max + 1)), "zh-CN", 200);
        assertThat(tooLong.select("#f-name.is-invalid")).hasSize(1);
        assertThat(tooLong.text()).contains("不能超过 " + max + " 个字符");

        MvcResult fits = mvc.perform(post("/customers").with(csrf()).with(user(admin)).param("name", "华".repeat(max))).andReturn();
        assertThat(fits.getResponse().getRedirectedUrl()).as(fits.getResponse().getContentAsString()).startsWith("/customers/");
    }

    @Test
    void anOutOfRangeNumberNamesItsFieldAndTheRangeInTheUsersLanguage() throws Exception {
        Document zh = page(post("/registry/settings").with(csrf()).param("detailTtlMinutes", "0"), "zh-CN", 200);
        assertThat(zh.select("#registry-errors").text()).contains("工商详情缓存（分钟）应在 1 到 129600 之间")
                .doesNotContain("detailTtlMinutes");
        Document en = page(post("/registry/settings").with(csrf()).param("searchTtlMinutes", "99999999"), "en", 200);
        assertThat(en.select("#registry-errors").text()).contains("Keep search results (minutes) must be between 1 and 43200")
                .doesNotContain("searchTtlMinutes");
    }

    @Test
    void aFieldDefinedWithoutCodeGetsOneAndItsLabelOptionsAndRequiredCanBeEditedLater() throws Exception {
        MvcResult created = mvc.perform(post("/admin/fields").with(csrf()).with(user(admin)).param("object", "CUSTOMER")
                .param("label", "客户来源渠道").param("type", "SINGLE_SELECT").param("options", "展会\n转介绍").param("code", "")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/fields?object=CUSTOMER");
        CustomFieldDefinition field = fixtures.as(t.adminId(), () -> fields.administered(CustomObject.CUSTOMER)).stream()
                .filter(f -> f.label().equals("客户来源渠道")).findFirst().orElseThrow();
        assertThat(field.code()).matches("cf_[a-z0-9]{6}");

        Document edit = page(get("/admin/fields/" + field.id() + "/edit"), "zh-CN", 200);
        assertThat(edit.select("#field-code").text()).isEqualTo(field.code());
        assertThat(edit.select("textarea[name=options]").text()).contains("展会", "转介绍");

        MvcResult saved = mvc.perform(post("/admin/fields/" + field.id()).with(csrf()).with(user(admin))
                .param("label", "获客渠道").param("options", "转介绍\n线上广告\n展会").param("required", "true")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).as(saved.getResponse().getContentAsString()).isEqualTo("/admin/fields?object=CUSTOMER");

        Document form = page(get("/customers/new"), "zh-CN", 200);
        Element label = form.selectFirst("label[for=f-custom-" + field.code() + "]");
        assertThat(label.text()).isEqualTo("获客渠道");
        assertThat(label.hasClass("required")).isTrue();
        assertThat(form.select("#f-custom-" + field.code() + " option").eachText()).containsExactly("—", "转介绍", "线上广告", "展会");

        // An option a customer still holds is not removed: the admin is told how many records hold it.
        fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.builder().name("展会客户有限公司")
                .custom(Map.of(field.code(), "展会")).build()));
        Document refused = page(post("/admin/fields/" + field.id()).with(csrf()).param("label", "获客渠道")
                .param("options", "转介绍\n线上广告").param("required", "true"), "zh-CN", 200);
        assertThat(refused.select("#field-errors").text()).contains("选项“展会”仍有 1 条记录在用");
        assertThat(fixtures.as(t.adminId(), () -> fields.get(field.id())).options()).containsExactly("转介绍", "线上广告", "展会");
    }

    private Document page(MockHttpServletRequestBuilder request, String lang, int status) throws Exception {
        MvcResult r = mvc.perform(request.with(user(admin)).cookie(new Cookie("qike-lang", lang))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
