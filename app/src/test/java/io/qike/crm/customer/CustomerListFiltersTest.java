package io.qike.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.platform.org.UserForm;
import io.qike.crm.platform.org.UserService;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

/** The customer list searches as the user types and filters in place, within the user's data scope, with 最后跟进. */
@IntegrationTest
class CustomerListFiltersTest {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired SalesRecordService records;
    @Autowired DepartmentService departments;
    @Autowired UserService users;
    TestTenant t;
    long factory, software, managers, eastern;

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
        factory = create(t.rep1Id(), CustomerDraft.named("筛选精密制造有限公司").toBuilder().industry("机械制造").source("REFERRAL")
                .tags(List.of("重点")).build());
        software = create(t.rep2Id(), CustomerDraft.named("筛选软件科技有限公司").toBuilder().industry("软件").source("EXHIBITION").build());
        managers = create(t.managerId(), CustomerDraft.named("筛选贸易有限公司").toBuilder().industry("贸易").build());
        eastern = create(easterner, CustomerDraft.named("筛选华东物流有限公司").toBuilder().industry("物流").build());
    }

    @Test
    void theListFragmentAnswersATypedKeywordAndEachFilter() throws Exception {
        String today = today().toString();
        assertThat(names(fragment("/customers?q=软件"))).containsExactly("筛选软件科技有限公司");
        assertThat(names(fragment("/customers?industry=制造"))).containsExactly("筛选精密制造有限公司");
        assertThat(names(fragment("/customers?source=EXHIBITION"))).containsExactly("筛选软件科技有限公司");
        assertThat(names(fragment("/customers?tag=重点"))).containsExactly("筛选精密制造有限公司");
        // 销售部 takes in 华东组 below it; 市场部 is rep2's alone.
        assertThat(names(fragment("/customers?departmentId=" + t.salesDeptId())))
                .containsExactlyInAnyOrder("筛选精密制造有限公司", "筛选贸易有限公司", "筛选华东物流有限公司");
        assertThat(names(fragment("/customers?departmentId=" + t.otherDeptId()))).containsExactly("筛选软件科技有限公司");
        assertThat(names(fragment("/customers?q=筛选&createdFrom=" + today + "&createdTo=" + today))).hasSize(4);
        assertThat(names(fragment("/customers?createdFrom=" + today().plusDays(1)))).isEmpty();
        assertThat(names(fragment("/customers?createdTo=" + today().minusDays(1)))).isEmpty();

        record(factory, "2025-03-10T10:00");
        record(software, "2025-05-20T16:30");
        assertThat(names(fragment("/customers?lastFollowedFrom=2025-03-01&lastFollowedTo=2025-03-31"))).containsExactly("筛选精密制造有限公司");
        assertThat(names(fragment("/customers?lastFollowedFrom=2025-03-10"))).containsExactlyInAnyOrder("筛选精密制造有限公司", "筛选软件科技有限公司");
        assertThat(names(fragment("/customers?sort=lastFollowedAt&order=desc")))
                .containsExactly("筛选软件科技有限公司", "筛选精密制造有限公司", "筛选华东物流有限公司", "筛选贸易有限公司");
    }

    @Test
    void everyFilterKeepsToTheUsersDataScope() throws Exception {
        QikeUser rep1 = fixtures.user(t.rep1Id());
        QikeUser manager = fixtures.user(t.managerId());
        assertThat(names(fragment("/customers?departmentId=" + t.otherDeptId(), rep1))).isEmpty();
        assertThat(names(fragment("/customers?departmentId=" + t.salesDeptId(), rep1))).containsExactly("筛选精密制造有限公司");
        assertThat(names(fragment("/customers?industry=软件", rep1))).isEmpty();
        assertThat(names(fragment("/customers?q=筛选&createdTo=" + today(), manager)))
                .containsExactlyInAnyOrder("筛选精密制造有限公司", "筛选贸易有限公司", "筛选华东物流有限公司");
        record(software, "2025-05-20T16:30");
        assertThat(names(fragment("/customers?lastFollowedFrom=2025-01-01", rep1))).isEmpty();
    }

    @Test
    void aFullPageWithTheSameQueryShowsTheSameCustomersAndKeepsTheFilters() throws Exception {
        String query = "/customers?industry=制造&source=REFERRAL&departmentId=" + t.salesDeptId() + "&createdFrom=" + today();
        Document page = page(query, fixtures.user(t.adminId()), false);
        assertThat(page.selectFirst("html")).isNotNull();
        assertThat(page.selectFirst("#customer-filters").attr("hx-push-url")).isEqualTo("true");
        assertThat(page.selectFirst("#customer-filters").attr("hx-trigger")).contains("input changed delay:300ms");
        assertThat(page.selectFirst("#filter-industry").val()).isEqualTo("制造");
        assertThat(page.selectFirst("#filter-source option[selected]").val()).isEqualTo("REFERRAL");
        assertThat(page.selectFirst("#filter-department option[selected]").val()).isEqualTo(String.valueOf(t.salesDeptId()));
        assertThat(page.selectFirst("#filter-createdFrom").val()).isEqualTo(today().toString());
        Document fragment = fragment(query);
        assertThat(names(page)).isEqualTo(names(fragment)).containsExactly("筛选精密制造有限公司");
        // The export button outside the table follows the filters typed since the page was loaded.
        assertThat(fragment.selectFirst("#export-customers[hx-swap-oob]").attr("href"))
                .startsWith("/exports/customers?").contains("source=REFERRAL").contains("departmentId=" + t.salesDeptId());
    }

    @Test
    void theLastFollowUpColumnShowsTheLatestRecordTime() throws Exception {
        assertThat(lastFollowedOf(factory)).isEqualTo("—");
        long first = record(factory, "2025-03-10T10:00");
        assertThat(lastFollowedOf(factory)).isEqualTo(shown(first));
        long later = record(factory, "2025-04-02T09:30");
        long earliest = record(factory, "2025-01-05T08:00");
        assertThat(lastFollowedOf(factory)).isEqualTo(shown(later));
        // Deleting or moving the latest record brings back the one before it.
        fixtures.asRun(t.adminId(), () -> records.delete(later));
        assertThat(lastFollowedOf(factory)).isEqualTo(shown(first));
        fixtures.asRun(t.adminId(), () -> {
            SalesRecordDraft d = records.draftOf(records.get(first));
            records.update(first, new SalesRecordDraft(software, null, d.type(), d.content(), d.occurredAt(), d.custom()));
        });
        assertThat(lastFollowedOf(software)).isEqualTo(shown(first));
        assertThat(lastFollowedOf(factory)).isEqualTo(shown(earliest));
        fixtures.asRun(t.adminId(), () -> records.delete(earliest));
        assertThat(lastFollowedOf(factory)).isEqualTo("—");
        assertThat(page("/customers?lang=en", fixtures.user(t.adminId()), false).select("#customer-table th").eachText())
                .contains("Last follow-up");
    }

    @Test
    void theApiTakesTheSameFiltersAndRefusesAWrongDate() {
        Api admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        record(factory, "2025-03-10T10:00");
        Api.Response r = admin.get("/api/v1/customers?departmentId=" + t.salesDeptId() + "&lastFollowedFrom=2025-03-01&industry=%E5%88%B6%E9%80%A0");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("items").findValuesAsString("name")).containsExactly("筛选精密制造有限公司");
        assertThat(r.json().get("items").get(0).get("lastFollowedAt").isNull()).isFalse();
        Api.Response sorted = admin.get("/api/v1/customers?sort=lastFollowedAt&q=%E7%AD%9B%E9%80%89"); // 筛选
        assertThat(sorted.json().get("items").get(0).get("name").asString()).isEqualTo("筛选精密制造有限公司");
        Api.Response wrong = admin.get("/api/v1/customers?createdFrom=2025-13-40");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        tools.jackson.databind.JsonNode docs = admin.get("/v3/api-docs").json();
        tools.jackson.databind.JsonNode parameters = docs.get("paths").get("/api/v1/customers").get("get").get("parameters");
        Map<String, tools.jackson.databind.JsonNode> byName = new java.util.HashMap<>();
        parameters.valueStream().forEach(p -> byName.put(p.get("name").asString(), p));
        assertThat(byName).containsKeys("departmentId", "industry", "source", "tag", "createdFrom", "createdTo", "lastFollowedFrom",
                "lastFollowedTo").doesNotContainKey("all");
        assertThat(byName.get("lastFollowedFrom").get("schema").get("format").asString()).isEqualTo("date");
        assertThat(docs.get("components").get("schemas").get("Customer").get("properties").has("lastFollowedAt")).isTrue();
    }

    private long create(long owner, CustomerDraft draft) {
        return fixtures.as(t.adminId(), () -> customers.create(draft.toBuilder().ownerId(owner).build()).id());
    }

    private long record(long customer, String occurredAt) {
        return fixtures.as(t.adminId(), () -> records.create(new SalesRecordDraft(customer, null, "VISIT", "拜访", occurredAt, Map.of()), List.of()));
    }

    /** The time of a record as the list shows it. */
    /** The record's time as the list shows it: on the enterprise's clock (Asia/Shanghai unless changed). */
    private String shown(long recordId) {
        return fixtures.as(t.adminId(), () -> records.get(recordId)).occurredAt()
                .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).format(MINUTES);
    }

    private String lastFollowedOf(long customerId) throws Exception {
        Element row = fragment("/customers?q=筛选").select("#customer-table tbody tr").stream()
                .filter(tr -> tr.selectFirst("a.customer-link").attr("href").equals("/customers/" + customerId)).findFirst().orElseThrow();
        return row.selectFirst("td.last-followed").text();
    }

    private Document fragment(String path) throws Exception {
        return fragment(path, fixtures.user(t.adminId()));
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
        return doc.select("#customer-table a.customer-link").eachText();
    }

    /** Today on the enterprise's calendar (Asia/Shanghai, the default): the date filters count its days. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
