package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every page renders for an admin, in Chinese and in English, escapes what users typed, and hides other tenants' records. */
@IntegrationTest
class PagesTest {
    static final String XSS = "<img src=x onerror=alert(1)>";
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired SalesRecordService records;
    @Autowired CustomFields fields;
    @Autowired io.qike.crm.opportunity.OpportunityService opportunities;
    TestTenant t;
    QikeUser admin;
    long customerId;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = fixtures.user(t.adminId());
        customerId = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named(XSS)).id());
    }

    @Test
    void everyPageRendersInBothLanguages() throws Exception {
        List<String> pages = List.of("/", "/customers", "/customers/new", "/customers/" + customerId, "/customers/" + customerId + "/edit",
                "/customers/" + customerId + "/contacts", "/customers/" + customerId + "/records", "/contacts", "/contacts/new",
                "/dedup?q=img", "/admin/departments", "/admin/users", "/admin/users/new", "/admin/roles", "/admin/fields",
                "/admin/audit", "/settings/tokens", "/admin/integration", "/admin/enterprise",
                "/notifications", "/me/notifications", "/admin/notifications/failures", "/todos", "/todos?view=DONE&who=team", "/todos/new",
                "/todos/for/CUSTOMER/" + customerId + "?compose=true", "/todos/home", "/h5/todos", "/h5/todos/new",
                "/h5/todos/new?subjectType=CUSTOMER&subjectId=" + customerId, "/h5/customers/" + customerId,
                "/pools", "/admin/pools", "/admin/pools/new", "/h5/pools", "/pools/due-soon",
                "/leads", "/leads/new", "/lead-pools",
                "/admin/lead-pools", "/admin/lead-pools/new", "/h5/leads", "/h5/lead-pools");
        long recordId = fixtures.as(t.adminId(), () -> records.create(new SalesRecordDraft(customerId, null, "VISIT", XSS, null, Map.of()),
                List.of()));
        long fieldId = fixtures.as(t.adminId(), () -> fields.define(CustomObject.SALES_RECORD, null, "拜访目的", FieldType.SINGLE_SELECT,
                List.of("初访", "回访"), false, false, true));
        pages = new java.util.ArrayList<>(pages);
        pages.addAll(List.of("/customers/" + customerId + "/records/" + recordId + "/edit", "/admin/fields/" + fieldId + "/edit"));
        long opportunityId = fixtures.as(t.adminId(), () -> opportunities.create(io.qike.crm.opportunity.OpportunityDraft.of(customerId, XSS,
                java.math.BigDecimal.TEN)));
        pages.addAll(List.of("/opportunities", "/opportunities/new", "/opportunities/" + opportunityId, "/opportunities/" + opportunityId + "/edit",
                "/opportunities/kanban", "/opportunities/funnel", "/customers/" + customerId + "/opportunities", "/opportunities/my-pipeline",
                "/admin/sales-processes", "/h5/opportunities", "/h5/opportunities/" + opportunityId));
        for (String page : pages) {
            String zh = render(page, "zh-CN");
            String en = render(page, "en");
            assertThat(zh).as(page).doesNotContain("??");
            assertThat(en).as(page).doesNotContain("??");
        }
        assertThat(render("/customers", "zh-CN")).contains("新建客户");
        assertThat(render("/customers", "en")).contains("New customer");
    }

    @Test
    void aCustomerNamedLikeMarkupIsShownAsText() throws Exception {
        for (String page : List.of("/customers", "/customers/" + customerId, "/dedup?q=img", "/admin/audit")) {
            String html = render(page, "zh-CN");
            assertThat(html).as(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(XSS);
        }
    }

    @Test
    void anotherTenantsCustomerPageIs404() throws Exception {
        TestTenant other = fixtures.tenant();
        QikeUser stranger = fixtures.user(other.adminId());
        MvcResult r = mvc.perform(get("/customers/" + customerId).with(user(stranger))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/customers/" + customerId + "/edit").with(user(stranger))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/customers/" + customerId + "/delete").with(user(stranger)).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(fixtures.as(t.adminId(), () -> customers.get(customerId)).name()).isEqualTo(XSS);
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        assertThat(mvc.perform(post("/customers").with(user(admin)).param("name", "无令牌有限公司")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void aBadFormShowsInlineMessagesAndKeepsTheInput() throws Exception {
        String html = mvc.perform(post("/customers").with(user(admin)).with(csrf()).param("name", "好名字有限公司")
                .param("creditCode", "123").param("email", "bad").cookie(new Cookie("qike-lang", "en")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("is-invalid").contains("Not a valid unified social credit code").contains("好名字有限公司");
    }

    private String render(String page, String lang) throws Exception {
        MvcResult r = mvc.perform(get(page).with(user(admin)).cookie(new Cookie("qike-lang", lang))).andReturn();
        assertThat(r.getResponse().getStatus()).as(page + " " + lang).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }
}
