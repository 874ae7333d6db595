package io.qike.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.UserForm;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The contacts list filters by customer, the owner's department and creation day as the user types, within the data scope. */
@IntegrationTest
class ContactListFiltersTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired ContactService contacts;
    @Autowired DepartmentService departments;
    @Autowired UserService users;
    TestTenant t;
    long factory;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        long eastTeam = fixtures.as(t.adminId(), () -> departments.create("华东组", t.salesDeptId()));
        long easterner = fixtures.as(t.adminId(), () -> {
            UserForm form = new UserForm();
            form.setLogin(t.prefix() + "-east");
            form.setDisplayName("钱华东");
            form.setDepartmentId(eastTeam);
            form.setPassword(TestFixtures.PASSWORD);
            form.setRoleIds(List.of(t.salesRoleId()));
            return users.create(form);
        });
        factory = customer(t.rep1Id(), "筛选精密制造有限公司");
        long software = customer(t.rep2Id(), "筛选软件科技有限公司");
        long trade = customer(t.managerId(), "筛选贸易有限公司");
        long logistics = customer(easterner, "筛选华东物流有限公司");
        contact(factory, t.rep1Id(), "甲采购");
        contact(factory, t.managerId(), "甲厂长");
        contact(software, t.rep2Id(), "乙经理");
        contact(trade, t.managerId(), "丙会计");
        contact(logistics, easterner, "丁调度");
    }

    @Test
    void theListFragmentAnswersEachFilter() throws Exception {
        QikeUser admin = fixtures.user(t.adminId());
        String today = today().toString();
        assertThat(names(fragment("/contacts?customerId=" + factory, admin))).containsExactlyInAnyOrder("甲采购", "甲厂长");
        assertThat(names(fragment("/contacts?customerId=" + factory + "&q=采购", admin))).containsExactly("甲采购");
        // 销售部 takes in 华东组 below it; 市场部 is rep2's alone.
        assertThat(names(fragment("/contacts?departmentId=" + t.salesDeptId(), admin)))
                .containsExactlyInAnyOrder("甲采购", "甲厂长", "丙会计", "丁调度");
        assertThat(names(fragment("/contacts?departmentId=" + t.otherDeptId(), admin))).containsExactly("乙经理");
        assertThat(names(fragment("/contacts?createdFrom=" + today + "&createdTo=" + today, admin))).hasSize(5);
        assertThat(names(fragment("/contacts?createdFrom=" + today().plusDays(1), admin))).isEmpty();
        Document none = fragment("/contacts?createdTo=" + today().minusDays(1), admin);
        assertThat(names(none)).isEmpty();
        assertThat(none.selectFirst(".empty-state").text()).isEqualTo("没有符合条件的联系人。");
    }

    @Test
    void everyFilterKeepsToTheUsersDataScope() throws Exception {
        QikeUser rep1 = fixtures.user(t.rep1Id());
        QikeUser manager = fixtures.user(t.managerId());
        assertThat(names(fragment("/contacts?customerId=" + factory, rep1))).containsExactly("甲采购");
        assertThat(names(fragment("/contacts?customerId=" + factory, manager))).containsExactlyInAnyOrder("甲采购", "甲厂长");
        assertThat(names(fragment("/contacts?departmentId=" + t.salesDeptId(), rep1))).containsExactly("甲采购");
        assertThat(names(fragment("/contacts?departmentId=" + t.salesDeptId(), manager)))
                .containsExactlyInAnyOrder("甲采购", "甲厂长", "丙会计", "丁调度");
        assertThat(names(fragment("/contacts?departmentId=" + t.otherDeptId(), rep1))).isEmpty();
        assertThat(names(fragment("/contacts?departmentId=" + t.otherDeptId(), manager))).isEmpty();
        assertThat(names(fragment("/contacts?createdTo=" + today(), manager))).containsExactlyInAnyOrder("甲采购", "甲厂长", "丙会计", "丁调度");
    }

    @Test
    void aFullPageWithTheSameQueryShowsTheSameContactsAndKeepsTheFilters() throws Exception {
        String today = today().toString();
        String query = "/contacts?customerId=" + factory + "&departmentId=" + t.salesDeptId() + "&createdFrom=" + today;
        QikeUser manager = fixtures.user(t.managerId());
        Document page = page(query, manager, false);
        assertThat(page.selectFirst("#contact-filters").attr("hx-push-url")).isEqualTo("true");
        assertThat(page.selectFirst("#contact-filters").attr("hx-trigger")).contains("input changed delay:300ms");
        // The customer filter is the customer picker, showing the chosen customer's name.
        assertThat(page.selectFirst("#contact-filters #customerId-picker input.picker-search").attr("hx-get")).isEqualTo("/customers/picker");
        assertThat(page.selectFirst("#f-customerId").val()).isEqualTo(String.valueOf(factory));
        assertThat(page.selectFirst("#f-customerId-search").val()).isEqualTo("筛选精密制造有限公司");
        // What is typed into the picker only asks for customers: it is no keyword of the list.
        String pickerForm = page.selectFirst("#f-customerId-search").attr("form");
        assertThat(pickerForm).isNotBlank();
        assertThat(page.getElementById(pickerForm)).isNull();
        assertThat(page.selectFirst("#filter-department option[selected]").val()).isEqualTo(String.valueOf(t.salesDeptId()));
        assertThat(page.selectFirst("#filter-createdFrom").val()).isEqualTo(today);
        Document fragment = fragment(query, manager);
        assertThat(names(page)).isEqualTo(names(fragment)).containsExactlyInAnyOrder("甲采购", "甲厂长");
        // Paging and the export keep the filters.
        assertThat(fragment.selectFirst("#export-contacts[hx-swap-oob]").attr("href"))
                .startsWith("/exports/contacts?").contains("customerId=" + factory).contains("departmentId=" + t.salesDeptId());
    }

    @Test
    void theApiTakesTheSameFiltersAndRefusesAWrongDate() {
        Api manager = new Api(port).login(t.login("manager"), TestFixtures.PASSWORD);
        Api.Response r = manager.get("/api/v1/contacts?customerId=" + factory + "&departmentId=" + t.salesDeptId()
                + "&createdFrom=" + today() + "&createdTo=" + today());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("items").findValuesAsString("name")).containsExactlyInAnyOrder("甲采购", "甲厂长");
        assertThat(manager.get("/api/v1/contacts?departmentId=" + t.otherDeptId()).json().get("total").asLong()).isZero();

        Api.Response wrong = manager.get("/api/v1/contacts?createdFrom=2025-13-40&departmentId=x");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("createdFrom", "departmentId");
        assertThat(wrong.json().get("errors").findValuesAsString("message")).contains("日期格式应为 yyyy-MM-dd");

        JsonNode parameters = manager.get("/v3/api-docs").json().get("paths").get("/api/v1/contacts").get("get").get("parameters");
        Map<String, JsonNode> byName = new HashMap<>();
        parameters.valueStream().forEach(p -> byName.put(p.get("name").asString(), p));
        assertThat(byName).containsKeys("customerId", "departmentId", "createdFrom", "createdTo", "page", "size");
        assertThat(byName.get("createdFrom").get("schema").get("format").asString()).isEqualTo("date");
    }

    private long customer(long owner, String name) {
        return fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named(name).toBuilder().ownerId(owner).build()).id());
    }

    private void contact(long customerId, long owner, String name) {
        fixtures.as(t.adminId(), () -> contacts.create(new ContactDraft(customerId, name, null, null, null, null, owner, Map.of())));
    }

    private Document fragment(String path, QikeUser who) throws Exception {
        Document doc = page(path, who, true);
        assertThat(doc.selectFirst("nav.navbar, header")).as("a fragment, not the page").isNull();
        return doc;
    }

    private Document page(String path, QikeUser who, boolean htmx) throws Exception {
        var request = get(path).with(user(who)).cookie(new Cookie("qike-lang", "zh-CN"));
        if (htmx) request = request.header("HX-Request", "true");
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }

    private static List<String> names(Document doc) {
        return doc.select("#contact-table a.contact-link").eachText();
    }

    /** Today on the enterprise's calendar (Asia/Shanghai, the default): the date filters count its days. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
