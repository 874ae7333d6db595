package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.org.DepartmentService;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The details a new user notices in the first hour: the tab icon, the home page's chart and records, labelled inputs. */
@IntegrationTest
class PageDetailsTest {
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired SalesRecordService records;
    @Autowired DepartmentService departments;
    TestTenant t;
    QikeUser admin;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = fixtures.user(t.adminId());
    }

    @Test
    void everyPageLinksAFaviconThatIsServed() throws Exception {
        Element icon = page("/", "zh-CN").selectFirst("head link[rel=icon]");
        assertThat(icon).isNotNull();
        assertThat(Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString()).selectFirst("head link[rel=icon]"))
                .isNotNull();
        MockHttpServletResponse svg = mvc.perform(get(icon.attr("href"))).andReturn().getResponse();
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
        assertThat(svg.getContentAsString()).contains("<svg");
        assertThat(mvc.perform(get("/favicon.ico")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theLevelDonutNamesEverySliceAndGivesEachLevelItsOwnColour() throws Exception {
        fixtures.asRun(t.adminId(), () -> {
            customers.create(CustomerDraft.named("甲级客户有限公司").toBuilder().level("A").build());
            customers.create(CustomerDraft.named("丙级客户有限公司").toBuilder().level("C").build());
            customers.create(CustomerDraft.named("未分级客户有限公司"));
        });
        for (Map.Entry<String, String> lang : Map.of("zh-CN", "未分级", "en", "Unrated").entrySet()) {
            List<Element> slices = page("/", lang.getKey()).select("#level-slices li");
            assertThat(slices).extracting(Element::text).as(lang.getKey()).allMatch(s -> !s.isBlank()).contains(lang.getValue());
            assertThat(slices).extracting(e -> e.attr("data-level") + "=" + e.attr("data-color"))
                    .containsExactly("-=#adb5bd", "A=#206bc4", "C=#f59f00");
        }
    }

    @Test
    void recentSalesRecordsOnTheHomePageNameTheirCustomer() throws Exception {
        long shown = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("最近拜访有限公司")).id());
        long movedAway = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("已转出有限公司")).id());
        fixtures.asRun(t.rep1Id(), () -> {
            records.create(new SalesRecordDraft(shown, null, "VISIT", "现场拜访", null, Map.of()), List.of());
            records.create(new SalesRecordDraft(movedAway, null, "CALL", "电话沟通", null, Map.of()), List.of());
        });
        fixtures.asRun(t.adminId(), () -> customers.update(movedAway,
                customers.draftOf(customers.get(movedAway)).toBuilder().ownerId(t.rep2Id()).build()));

        Document home = page("/", "zh-CN", fixtures.user(t.rep1Id()));
        assertThat(home.select(".recent-record")).hasSize(2);
        Element linked = home.selectFirst(".recent-record a.recent-customer:containsOwn(最近拜访有限公司)");
        assertThat(linked).isNotNull();
        assertThat(linked.attr("href")).isEqualTo("/customers/" + shown);
        Element unlinked = home.selectFirst(".recent-record .recent-customer:containsOwn(已转出有限公司)");
        assertThat(unlinked).isNotNull();
        assertThat(unlinked.tagName()).isEqualTo("span");
    }

    @Test
    void everyInputHasALabel() throws Exception {
        long customerId = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named("标签检查有限公司")).id());
        List<String> pages = List.of("/customers", "/customers/new", "/customers/" + customerId, "/customers/" + customerId + "/edit",
                "/customers/" + customerId + "/contacts", "/customers/" + customerId + "/records", "/contacts", "/contacts/new",
                "/imports", "/imports/new", "/admin/departments", "/admin/users", "/admin/users/new", "/admin/roles", "/admin/fields",
                "/admin/audit", "/settings/tokens", "/admin/enterprise", "/", "/notifications", "/me/notifications",
                "/admin/notifications/failures");
        List<String> unlabelled = new ArrayList<>();
        for (String path : pages) {
            for (String lang : List.of("zh-CN", "en")) {
                Document doc = page(path, lang);
                for (Element input : doc.select("input, select, textarea")) {
                    if (input.attr("type").matches("hidden|submit|button|reset|image")) continue;
                    if (!labelled(doc, input)) unlabelled.add(path + " " + lang + ": " + input.outerHtml().replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(unlabelled).isEmpty();
    }

    /** A field's label gets at least a third of the row, so "每秒调用上限（QPS，0 为不限）" is not broken over three lines. */
    @Test
    void registrySettingsLabelsHaveRoomForOneLine() throws Exception {
        for (String lang : List.of("zh-CN", "en")) {
            Document doc = page("/registry/settings", lang);
            assertThat(doc.select("label.form-label")).isNotEmpty();
            for (Element label : doc.select("label.form-label")) {
                Element column = label.parent();
                String width = column.classNames().stream().filter(c -> c.matches("col-md-\\d+")).findFirst().orElse("col-md-12");
                assertThat(Integer.parseInt(width.substring("col-md-".length()))).as(lang + " " + label.text()).isGreaterThanOrEqualTo(4);
            }
        }
    }

    @Test
    void theEnterpriseLogNamesActionsAndObjectsInTheUsersLanguage() throws Exception {
        fixtures.as(t.adminId(), () -> departments.create("审计标签部", null));
        for (Map.Entry<String, String> lang : Map.of("zh-CN", "部门", "en", "Departments").entrySet()) {
            Element row = page("/admin/audit?q=审计标签部", lang.getKey()).selectFirst("#audit-table tbody tr");
            assertThat(row).as(lang.getKey()).isNotNull();
            assertThat(row.text()).as(lang.getKey()).contains(lang.getValue()).doesNotContain("DEPARTMENT");
        }
    }

    private static boolean labelled(Document doc, Element input) {
        if (!input.attr("aria-label").isBlank() || !input.attr("aria-labelledby").isBlank()) return true;
        if (input.closest("label") != null && !input.closest("label").text().isBlank()) return true;
        String id = input.id();
        if (id.isBlank()) return false;
        return doc.select("label[for]").stream().anyMatch(l -> l.attr("for").equals(id) && !l.text().isBlank());
    }

    private Document page(String path, String lang) throws Exception {
        return page(path, lang, admin);
    }

    private Document page(String path, String lang, QikeUser who) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(user(who)).cookie(new Cookie("qike-lang", lang))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path + " " + lang).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }
}
