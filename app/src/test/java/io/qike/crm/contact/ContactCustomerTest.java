package io.qike.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.Api;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Contacts belong to customers: the picker on the form, the checks, the contact's own page and the links to it. */
@IntegrationTest
class ContactCustomerTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    TestTenant t;
    QikeUser rep1;
    long ofRep1, ofRep2;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        rep1 = fixtures.user(t.rep1Id());
        ofRep1 = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("联系人所属客户甲有限公司")).id());
        ofRep2 = fixtures.as(t.rep2Id(), () -> customers.create(CustomerDraft.named("联系人所属客户乙有限公司")).id());
    }

    @Test
    void aContactCreatedWithAPickedCustomerAppearsOnThatCustomersPageAndLinksToItsOwnPage() throws Exception {
        Document form = page(get("/contacts/new"), rep1);
        assertThat(form.selectFirst("#customerId-picker input.picker-search").attr("hx-get")).isEqualTo("/customers/picker");
        assertThat(form.selectFirst("#customerId-picker input[type=hidden][name=customerId]")).isNotNull();

        MockHttpServletResponse saved = mvc.perform(post("/contacts").with(user(rep1)).with(csrf())
                .param("customerId", String.valueOf(ofRep1)).param("name", "周采购").param("mobile", "138 0013 8000")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/customers/" + ofRep1);

        Element link = page(get("/customers/" + ofRep1 + "/contacts"), rep1).selectFirst(".contact-row a.contact-link");
        assertThat(link.text()).isEqualTo("周采购");
        Document contact = page(get(link.attr("href")), rep1);
        assertThat(contact.selectFirst("#contact-name").text()).isEqualTo("周采购");
        assertThat(contact.selectFirst("#contact-customer a").attr("href")).isEqualTo("/customers/" + ofRep1);
        assertThat(page(get("/contacts"), rep1).selectFirst("#contact-table a.contact-link").attr("href")).isEqualTo(link.attr("href"));
        // The contacts list searches as the user types: the table alone comes back for the keyword.
        Document typed = page(get("/contacts").param("q", "周采").header("HX-Request", "true"), rep1);
        assertThat(typed.selectFirst("header.navbar")).isNull();
        assertThat(typed.select("#contact-table a.contact-link").eachText()).containsExactly("周采购");
        assertThat(page(get("/contacts").param("q", "没有这个人").header("HX-Request", "true"), rep1).select(".contact-link")).isEmpty();
    }

    @Test
    void openedFromACustomerTheFormHasTheCustomerChosen() throws Exception {
        Document form = page(get("/contacts/new?customerId=" + ofRep1), rep1);
        assertThat(form.selectFirst("#f-customerId").val()).isEqualTo(String.valueOf(ofRep1));
        assertThat(form.selectFirst("#f-customerId-search").val()).isEqualTo("联系人所属客户甲有限公司");
    }

    @Test
    void aContactWithoutACustomerIsRefusedWithAFieldErrorInTheUsersLanguage() throws Exception {
        Document zh = page(post("/contacts").with(csrf()).param("name", "无主联系人"), rep1);
        assertThat(zh.selectFirst("#customerId-picker .invalid-feedback").text()).isEqualTo("必填");
        assertThat(zh.selectFirst("#f-name").val()).isEqualTo("无主联系人");
        Document en = page(post("/contacts").with(csrf()).param("name", "无主联系人"), rep1, "en");
        assertThat(en.selectFirst("#customerId-picker .invalid-feedback").text()).isEqualTo("Required");

        Api api = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        Api.Response refused = api.post("/api/v1/contacts", Api.json(Map.of("name", "无主联系人")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("customerId");
        assertThat(fixtures.as(t.rep1Id(), () -> contacts.search("无主", null, 0, 10)).total()).isZero();
    }

    @Test
    void anInvalidMobileIsRefusedWithAFieldError() throws Exception {
        Document zh = page(post("/contacts").with(csrf()).param("customerId", String.valueOf(ofRep1)).param("name", "错号码")
                .param("mobile", "call me"), rep1);
        assertThat(zh.selectFirst("#f-mobile").hasClass("is-invalid")).isTrue();
        assertThat(zh.selectFirst("#f-mobile + .invalid-feedback").text()).isEqualTo("电话号码格式不正确");
        assertThat(fixtures.as(t.rep1Id(), () -> contacts.search("错号码", null, 0, 10)).total()).isZero();
    }

    @Test
    void aCustomerTheUserMayNotSeeCannotBeChosen() throws Exception {
        Document refused = page(post("/contacts").with(csrf()).param("customerId", String.valueOf(ofRep2)).param("name", "越权"), rep1);
        assertThat(refused.selectFirst("#customerId-picker .invalid-feedback").text()).isEqualTo("找不到该客户");
        assertThat(refused.selectFirst("#f-customerId-search").val()).isEmpty();

        long contact = fixtures.as(t.rep1Id(), () -> contacts.create(new ContactDraft(ofRep1, "换客户", null, null, null, null, null, Map.of())));
        long another = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("联系人新客户丙有限公司")).id());
        MockHttpServletResponse moved = mvc.perform(post("/contacts/" + contact).with(user(rep1)).with(csrf())
                .param("customerId", String.valueOf(another)).param("name", "换客户")).andReturn().getResponse();
        assertThat(moved.getRedirectedUrl()).isEqualTo("/contacts/" + contact);
        assertThat(fixtures.as(t.rep1Id(), () -> contacts.get(contact)).customerName()).isEqualTo("联系人新客户丙有限公司");
    }

    @Test
    void thePickerOffersOnlyCustomersTheUserMaySee() throws Exception {
        assertThat(choices(rep1)).containsExactly("联系人所属客户甲有限公司");
        assertThat(choices(fixtures.user(t.adminId()))).containsExactlyInAnyOrder("联系人所属客户甲有限公司", "联系人所属客户乙有限公司");
        Document none = page(get("/customers/picker").param("q", "不存在的公司"), rep1);
        assertThat(none.select(".picker-choice")).isEmpty();
        assertThat(none.selectFirst(".picker-empty").text()).isEqualTo("没有找到您可选的客户。");
    }

    private java.util.List<String> choices(QikeUser who) throws Exception {
        Document doc = page(get("/customers/picker").param("q", "联系人所属").header("HX-Request", "true"), who);
        doc.select(".picker-choice").forEach(c -> assertThat(c.attr("data-id")).isNotBlank());
        return doc.select(".picker-choice").eachAttr("data-label");
    }

    private Document page(MockHttpServletRequestBuilder request, QikeUser who) throws Exception {
        return page(request, who, "zh-CN");
    }

    private Document page(MockHttpServletRequestBuilder request, QikeUser who, String lang) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.with(user(who)).cookie(new Cookie("qike-lang", lang))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }
}
