package io.qike.crm.intel;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.intel.lists.CompanyLists;
import io.qike.crm.intel.partnership.PartnershipMining;
import io.qike.crm.intel.partnership.PartnershipRun;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.sandbox.data.Company;
import io.qike.sandbox.data.CompanyDataSet;
import jakarta.servlet.http.Cookie;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Intel's pages and htmx fragments, as the signed-in users see them, in both languages. */
@IntegrationTest
class IntelPagesTest {
    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired IntelFixture intel;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired CompanyLists lists;
    @Autowired PartnershipMining mining;
    @Autowired CompanyDataSet data;
    IntelFixture.Ready r;
    QikeUser admin;

    @BeforeEach
    void setUp() {
        r = intel.tenant(port);
        admin = fixtures.user(r.tenant().adminId());
    }

    MvcResult send(QikeUser who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn();
    }

    static Document html(MvcResult r) throws Exception {
        return Jsoup.parse(r.getResponse().getContentAsString());
    }

    @Test
    void theirCustomersTabListsConvertsExportsAndSavesAList() throws Exception {
        Company c = data.companies().stream().max(Comparator.comparingInt(x -> data.customersOf(x).size())).orElseThrow();
        long id = fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(c.name())).id());
        Document detail = html(send(admin, get("/customers/" + id)));
        assertThat(detail.select("#tab-customers-of").attr("hx-get")).isEqualTo("/intel/customers/" + id + "/customers-of");

        Document panel = html(send(admin, get("/intel/customers/" + id + "/customers-of")));
        assertThat(panel.select(".customers-of-row")).hasSize(data.customersOf(c).size());
        assertThat(panel.select("#customers-of-year option")).hasSizeGreaterThan(1);
        String fetchedAt = panel.select("input[name=fetchedAt]").val();

        Document converted = html(send(admin, post("/intel/customers/" + id + "/customers-of/convert").param("one", "0")
                .param("fetchedAt", fetchedAt)));
        assertThat(converted.select("#customers-of-notice").text()).contains("新建客户 1 个");
        assertThat(converted.select(".customers-of-row").first().select(".already-customer")).isNotEmpty();

        Document stale = html(send(admin, post("/intel/customers/" + id + "/customers-of/convert").param("rows", "1").param("fetchedAt", "1")));
        assertThat(stale.select("#customers-of-notice").text()).contains("列表已更新");

        MvcResult xlsx = send(admin, post("/intel/customers/" + id + "/customers-of/export").param("rows", "0", "1").param("fetchedAt", fetchedAt));
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(xlsx.getResponse().getContentAsByteArray()).hasSizeGreaterThan(1000);

        Document listed = html(send(admin, post("/intel/customers/" + id + "/customers-of/list").param("rows", "0", "1", "2")
                .param("fetchedAt", fetchedAt).param("listName", "重点潜客")));
        assertThat(listed.select("#customers-of-notice").text()).contains("重点潜客");
        long listId = fixtures.as(r.tenant().adminId(), () -> lists.all().get(0).id());
        long distinct = panel.select(".customers-of-row").subList(0, 3).stream().map(row -> row.child(1).text()).distinct().count();
        assertThat(html(send(admin, get("/intel/lists/" + listId))).select("#list-items tbody tr")).hasSize((int) distinct); // one entry per company
        assertThat(send(admin, get("/intel/lists/" + listId + "/export")).getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
    }

    @Test
    void aProviderErrorShowsTheClearMessageAndTheProvidersOwnToTheAdmin() throws Exception {
        long id = fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(data.get(3).name())).id());
        intel.answer(r, IntelFixture.CUSTOMERS, "102", 1);
        Document panel = html(send(admin, get("/intel/customers/" + id + "/customers-of")));
        assertThat(panel.select(".intel-problem").text()).contains("企查查账户已欠费").contains("102").contains("【无效请求】当前KEY已欠费");
    }

    @Test
    void miningIsPlannedConfirmedStartedFollowedAndShownAsTableGraphAndExport() throws Exception {
        QikeUser rep = fixtures.user(r.tenant().rep1Id());
        List<String> names = SandboxRelations.connected(data, 100, 500);
        String pasted = String.join("\n", names);
        Document preview = html(send(rep, post("/intel/partnerships/preview").param("pasted", pasted)));
        int calls = Integer.parseInt(preview.select("#plan-calls").text());
        assertThat(preview.select("#plan-companies").text()).isEqualTo("100");
        assertThat(preview.select("#mining-confirm")).isNotEmpty();

        Document refused = html(send(rep, post("/intel/partnerships/runs").param("pasted", pasted).param("plannedCalls", "" + calls)));
        assertThat(refused.select("#mining-error").text()).contains("请勾选确认");
        MvcResult started = send(rep, post("/intel/partnerships/runs").header("HX-Request", "true").param("pasted", pasted)
                .param("plannedCalls", "" + calls).param("confirm", "true"));
        String url = started.getResponse().getHeader("HX-Redirect");
        assertThat(url).startsWith("/intel/partnerships/runs/");
        long runId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.as(rep.userId(), () -> mining.get(runId)).finished());
        assertThat(fixtures.as(rep.userId(), () -> mining.get(runId)).status()).isEqualTo(PartnershipRun.RunStatus.DONE);

        assertThat(html(send(rep, get(url))).select("#run-progress").attr("hx-get")).isEqualTo(url + "/progress");
        assertThat(send(rep, get(url + "/progress")).getResponse().getHeader("HX-Trigger")).isEqualTo("run-finished");
        int expected = SandboxRelations.keysAmong(data, names).size();
        Document results = html(send(rep, get(url + "/results")));
        assertThat(results.select(".relation-row")).hasSize(expected);
        String source = results.select("#rf-source option").get(1).val();
        assertThat(html(send(rep, get(url + "/results").param("source", source))).select(".relation-row"))
                .hasSizeLessThanOrEqualTo(expected).allMatch(row -> row.text().contains(source));
        String graph = send(rep, get(url + "/graph")).getResponse().getContentAsString();
        Matcher links = Pattern.compile("\"target\"").matcher(graph);
        int count = 0;
        while (links.find()) count++;
        assertThat(count).isEqualTo(expected);
        assertThat(send(rep, get(url + "/export")).getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
    }

    @Test
    void theCompaniesOfARunComeFromAFilterOverOurCustomersOrASavedList() throws Exception {
        for (int i = 0; i < 3; i++) {
            String name = data.get(40 + i).name();
            fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.builder().name(name).tags(List.of("重点")).build()));
        }
        fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(data.get(50).name())));
        Document byTag = html(send(admin, post("/intel/partnerships/preview").param("tag", "重点")));
        assertThat(byTag.select("#plan-companies").text()).isEqualTo("3");
        assertThat(byTag.text()).contains("筛选：重点");

        long listId = fixtures.as(r.tenant().adminId(), () -> lists.addTo("展会名单", List.of(
                io.qike.crm.intel.lists.CompanyList.Item.named(data.get(60).name()), io.qike.crm.intel.lists.CompanyList.Item.named(data.get(61).name()))));
        Document byList = html(send(admin, post("/intel/partnerships/preview").param("listId", "" + listId)));
        assertThat(byList.select("#plan-companies").text()).isEqualTo("2");
        assertThat(byList.select("#plan-calls").text()).isEqualTo("1");
        assertThat(html(send(admin, post("/intel/partnerships/preview").param("pasted", "甲方科技有限公司"))).select("#mining-error").text())
                .contains("至少需要 2 家企业");
    }

    @Test
    void anEmptyPasteIsRefusedWithAMessageInsteadOfMiningEveryCustomer() throws Exception {
        for (int i = 0; i < 3; i++) {
            String name = data.get(70 + i).name();
            fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(name)));
        }
        for (String pasted : List.of("", " \n \t,;； \r\n")) {
            for (String action : List.of("/intel/partnerships/preview", "/intel/partnerships/runs")) {
                Document answer = html(send(admin, post(action).param("pasted", pasted)));
                assertThat(answer.select("#mining-plan")).as(action + " [" + pasted + "]").isEmpty();
                assertThat(answer.select("#mining-error").text()).contains("没有要挖掘的企业").contains("粘贴企业名称");
            }
        }
        assertThat(fixtures.as(r.tenant().adminId(), () -> mining.recent(5))).isEmpty();
        // A filter still chooses our customers without a paste.
        assertThat(html(send(admin, post("/intel/partnerships/preview").param("pasted", " ").param("q", data.get(70).name())))
                .select("#mining-error").text()).doesNotContain("没有要挖掘的企业");
    }

    @Test
    void aTooShortNameSaysHowShortInBothLanguages() throws Exception {
        String pasted = "甲方科技有限公司\n乙";
        Document zh = html(send(admin, post("/intel/partnerships/preview").param("pasted", pasted)));
        assertThat(zh.select("#mining-error").text()).contains("至少 2 个字").doesNotContain("{0}");
        MvcResult en = mvc.perform(post("/intel/partnerships/preview").param("pasted", pasted).cookie(new Cookie("qike-lang", "en"))
                .with(user(admin)).with(csrf())).andReturn();
        assertThat(html(en).select("#mining-error").text()).contains("At least 2 characters").doesNotContain("{0}");
    }

    @Test
    void halfYearSharesAreADashAndTheRelationshipColumnShowsOnlyWhatTheProviderGave() throws Exception {
        Company c = data.companies().stream().max(Comparator.comparingInt(x -> data.customersOf(x).size())).orElseThrow();
        long id = fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(c.name())).id());
        Document panel = html(send(admin, get("/intel/customers/" + id + "/customers-of")));
        var halfYear = panel.select(".customers-of-row").stream().filter(row -> row.select("td").get(2).text().contains("-")).toList();
        assertThat(halfYear).isNotEmpty().allMatch(row -> row.select(".customers-of-share").text().equals("—"));
        assertThat(panel.select(".customers-of-share")).noneMatch(td -> td.text().equals("0.00%"));
        boolean related = data.customersOf(c).stream().anyMatch(e -> !e.relationship().isBlank());
        assertThat(panel.select("#customers-of-table th").eachText().contains("关联关系")).isEqualTo(related);
        if (related) assertThat(panel.select(".customers-of-relationship").eachText()).contains("关联方");

        Company plain = data.companies().stream().filter(x -> data.customersOf(x).size() > 1)
                .filter(x -> data.customersOf(x).stream().allMatch(e -> e.relationship().isBlank())).findFirst().orElseThrow();
        long plainId = fixtures.as(r.tenant().adminId(), () -> customers.create(CustomerDraft.named(plain.name())).id());
        Document plainPanel = html(send(admin, get("/intel/customers/" + plainId + "/customers-of")));
        assertThat(plainPanel.select(".customers-of-row")).isNotEmpty();
        assertThat(plainPanel.select("#customers-of-table th").eachText()).doesNotContain("关联关系");
    }

    @Test
    void aFinishedRunsPageHasTheBoxItsResultsEmptyOutOfBand() throws Exception {
        QikeUser rep = fixtures.user(r.tenant().rep1Id());
        List<String> names = SandboxRelations.connected(data, 5, 300);
        long runId = fixtures.as(rep.userId(), () -> mining.mineNow(names, "test", null).runId());
        String url = "/intel/partnerships/runs/" + runId;
        Document page = html(send(rep, get(url)));
        assertThat(page.select("#run-cancel-box")).hasSize(1);
        assertThat(page.select("#run-cancel")).isEmpty();
        Document results = html(send(rep, get(url + "/results")));
        for (var oob : results.select("[hx-swap-oob]")) {
            assertThat(page.select("#" + oob.id())).as("out-of-band target #" + oob.id()).isNotEmpty();
        }
    }

    @Test
    void theResultsSayWhoSuppliesWhomLinkOurCustomersAndListTheCompaniesWithNoPartnership() throws Exception {
        QikeUser rep = fixtures.user(r.tenant().rep1Id());
        List<String> names = new java.util.ArrayList<>(SandboxRelations.connected(data, 6, 400));
        int among = SandboxRelations.keysAmong(data, names).size();
        String alone = data.companies().stream().map(Company::name).filter(n -> !names.contains(n))
                .filter(n -> SandboxRelations.keysAmong(data, java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(n)).toList()).size() == among)
                .findFirst().orElseThrow();
        names.add(alone);
        var result = fixtures.as(rep.userId(), () -> mining.mineNow(names, "test", null));
        var first = result.relations().get(0);
        long ours = fixtures.as(rep.userId(), () -> customers.create(CustomerDraft.named(first.companyName())).id());

        Document results = html(send(rep, get("/intel/partnerships/runs/" + result.runId() + "/results")));
        assertThat(results.select("#relation-table th").eachText()).contains("供应商", "客户（采购方）");
        assertThat(results.select(".relation-row")).allMatch(row -> row.text().contains("→"));
        var row = results.select(".relation-row").stream()
                .filter(x -> x.select(".relation-supplier").text().contains(first.companyName())).findFirst().orElseThrow();
        assertThat(row.select(".relation-supplier a.our-customer").attr("href")).isEqualTo("/customers/" + ours);
        assertThat(row.select(".relation-supplier .our-customer-mark").text()).isEqualTo("已是客户");
        assertThat(row.select(".relation-customer").text()).contains(first.relatedCompanyName());
        assertThat(results.select(".our-customer")).allMatch(a -> a.text().equals(first.companyName()));
        assertThat(results.select("#run-not-found").text()).contains("没有找到合作关系的企业（1 家）").contains(alone);
    }

    @Test
    void everyPageRendersInBothLanguagesAndTheSetupIsForAdministrators() throws Exception {
        for (String lang : List.of("zh-CN", "en")) {
            for (String page : List.of("/intel/partnerships", "/intel/lists", "/intel/setup")) {
                MvcResult res = mvc.perform(get(page).with(user(admin)).cookie(new Cookie("qike-lang", lang))).andReturn();
                assertThat(res.getResponse().getStatus()).as(page + " " + lang).isEqualTo(200);
                assertThat(res.getResponse().getContentAsString()).doesNotContain("??intel.");
            }
        }
        assertThat(html(send(admin, get("/intel/setup"))).select("#intel-setup-state").text()).contains("已初始化");
        assertThat(send(fixtures.user(r.tenant().rep1Id()), get("/intel/setup")).getResponse().getStatus()).isEqualTo(403);
        IntelFixture.Ready fresh = new IntelFixture.Ready(fixtures.tenant(), null);
        Document missing = html(send(fixtures.user(fresh.tenant().adminId()), post("/intel/setup").param("baseUrl", "http://localhost:" + port + "/sandbox/qichacha")));
        assertThat(missing.select("#s-key.is-invalid")).isNotEmpty();
    }
}
