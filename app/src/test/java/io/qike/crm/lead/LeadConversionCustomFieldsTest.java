package io.qike.crm.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.contact.Contact;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerQuery;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 转换 when the enterprise requires custom fields of customers and contacts: asked for by the API and the page, all or nothing. */
@IntegrationTest
class LeadConversionCustomFieldsTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired LeadService leads;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired CustomFields fields;
    TestTenant t;
    Api rep1;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        fixtures.asRun(t.adminId(), () -> {
            fields.define(CustomObject.CUSTOMER, "tax_office", "主管税务机关", FieldType.TEXT, List.of(), true, false, false);
            fields.define(CustomObject.CUSTOMER, "remark_free", "备注", FieldType.TEXT, List.of(), false, false, false);
            fields.define(CustomObject.CONTACT, "wechat", "微信号", FieldType.TEXT, List.of(), true, false, false);
        });
    }

    @Test
    void throughTheApiAMissingRequiredValueIsA400NamingItAndNothingIsWrittenThenTheValuesReachTheNewRecords() {
        long lead = lead("湖州太湖丝绸有限公司", "沈经理");

        Api.Response missing = rep1.post("/api/v1/leads/" + lead + "/convert", Api.json(Map.of("createNew", false)));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("customerCustom.tax_office",
                "contactCustom.wechat");
        assertThat(fixtures.as(t.rep1Id(), () -> customers.search(new CustomerQuery("太湖丝绸", Map.of(), null, true, 0, 20))).total()).isZero();
        assertThat(fixtures.as(t.rep1Id(), () -> contacts.search("沈经理", null, 0, 10)).items()).isEmpty();
        assertThat(fixtures.as(t.rep1Id(), () -> leads.get(lead)).status()).isEqualTo(Lead.NEW);

        Api.Response done = rep1.post("/api/v1/leads/" + lead + "/convert", Api.json(Map.of("createNew", false,
                "customerCustom", Map.of("tax_office", "湖州市税务局"), "contactCustom", Map.of("wechat", "shen_hz"))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        long customerId = done.json().get("customerId").asLong();
        long contactId = done.json().get("contactId").asLong();
        assertThat(fixtures.as(t.rep1Id(), () -> customers.get(customerId)).custom()).containsEntry("tax_office", "湖州市税务局");
        assertThat(fixtures.as(t.rep1Id(), () -> contacts.get(contactId)).custom()).containsEntry("wechat", "shen_hz");
        assertThat(fixtures.as(t.rep1Id(), () -> leads.get(lead)).status()).isEqualTo(Lead.CONVERTED);
    }

    @Test
    void intoAnExistingCustomerOnlyTheContactsValuesAreAsked() {
        long existing = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.builder().name("金华火腿食品有限公司")
                .custom(Map.of("tax_office", "金华市税务局")).build(), CustomerService.SimilarNames.ACCEPT).id());
        long lead = lead("金华火腿食品有限公司", "郑主任");

        Api.Response missing = rep1.post("/api/v1/leads/" + lead + "/convert", Api.json(Map.of("customerId", existing, "createNew", false)));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("contactCustom.wechat");

        Api.Response done = rep1.post("/api/v1/leads/" + lead + "/convert", Api.json(Map.of("customerId", existing, "createNew", false,
                "contactCustom", Map.of("wechat", "zheng_jh"))));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("customerId").asLong()).isEqualTo(existing);
        List<Contact> people = fixtures.as(t.rep1Id(), () -> contacts.search(null, existing, 0, 10)).items();
        assertThat(people).extracting(Contact::name).containsExactly("郑主任");
    }

    @Test
    void thePageAsksForTheRequiredFieldsShowsTheErrorBesideTheFieldKeepsWhatWasTypedAndThenConverts() throws Exception {
        long lead = lead("丽水青瓷文化有限公司", "叶老师");

        Document form = page(get("/leads/" + lead + "/convert"), "zh-CN");
        assertThat(form.selectFirst("#convert-customer-custom #f-customerCustom-tax_office")).isNotNull();
        assertThat(form.selectFirst("#f-customerCustom-remark_free")).as("only the required fields are asked").isNull();
        assertThat(form.selectFirst("#convert-contact-custom #f-contactCustom-wechat").attr("name")).isEqualTo("contactCustom[wechat]");

        Document refused = page(post("/leads/" + lead + "/convert").with(csrf()).param("contactCustom[wechat]", "ye_ls"), "en");
        assertThat(refused.selectFirst("#f-customerCustom-tax_office").hasClass("is-invalid")).isTrue();
        assertThat(refused.selectFirst("#f-customerCustom-tax_office").parent().selectFirst(".invalid-feedback").text()).isEqualTo("Required");
        assertThat(refused.selectFirst("#f-contactCustom-wechat").val()).isEqualTo("ye_ls");
        assertThat(refused.selectFirst("#f-contactCustom-wechat").hasClass("is-invalid")).isFalse();
        assertThat(fixtures.as(t.rep1Id(), () -> leads.get(lead)).status()).isEqualTo(Lead.NEW);

        MvcResult done = mvc.perform(post("/leads/" + lead + "/convert").with(user(fixtures.user(t.rep1Id()))).with(csrf())
                .param("customerCustom[tax_office]", "丽水市税务局").param("contactCustom[wechat]", "ye_ls")).andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).as(done.getResponse().getContentAsString()).matches("/customers/\\d+");
        long customerId = Long.parseLong(done.getResponse().getRedirectedUrl().substring("/customers/".length()));
        assertThat(fixtures.as(t.rep1Id(), () -> customers.get(customerId)).custom()).containsEntry("tax_office", "丽水市税务局");
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String language) throws Exception {
        MvcResult r = mvc.perform(request.with(user(fixtures.user(t.rep1Id()))).header("Accept-Language", language)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }

    private long lead(String company, String contact) {
        return fixtures.as(t.rep1Id(), () -> leads.create(new LeadDraft(company, contact, "13700137000", null, "WEBSITE", "浙江", null,
                null, null, Map.of())));
    }
}
