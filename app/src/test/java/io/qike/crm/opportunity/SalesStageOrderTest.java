package io.qike.crm.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 上移 / 下移 of sales stages, on 销售设置 (htmx) and through the API: the kanban and the funnel follow the new order. */
@IntegrationTest
class SalesStageOrderTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired SalesProcesses processes;
    @Autowired OpportunityService opportunities;
    @Autowired CustomerService customers;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    TestTenant t;
    SalesProcess process;
    Api admin;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        process = fixtures.as(t.adminId(), () -> processes.defaultProcess());
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
    }

    long stage(String name) {
        return process.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    String move(String name) {
        return "/api/v1/sales-processes/" + process.id() + "/stages/" + stage(name) + "/move";
    }

    @Test
    void theApiMovesAStageUpAndDownAndTheKanbanAndFunnelShowTheNewOrder() throws Exception {
        Api.Response up = admin.post(move("方案报价"), Api.json(Map.of("direction", "UP")));
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(up.json().get("stages").findValuesAsString("name")).containsExactly("初步接洽", "方案报价", "需求确认", "谈判审核", "赢单", "输单");
        assertThat(kanbanColumns()).containsExactly("初步接洽", "方案报价", "需求确认", "谈判审核", "赢单", "输单");
        assertThat(fixtures.as(t.rep1Id(), () -> opportunities.funnel(null)).steps()).extracting(s -> s.stage().name())
                .containsExactly("初步接洽", "方案报价", "需求确认", "谈判审核", "赢单");
        assertThat(kanbanPage()).containsExactly("初步接洽", "方案报价", "需求确认", "谈判审核", "赢单", "输单");

        Api.Response down = admin.post(move("初步接洽"), Api.json(Map.of("direction", "DOWN")));
        assertThat(down.status()).as(down.body()).isEqualTo(200);
        assertThat(kanbanColumns()).containsExactly("方案报价", "初步接洽", "需求确认", "谈判审核", "赢单", "输单");
        // A new opportunity starts on the first open stage, now 方案报价.
        assertThat(fixtures.as(t.adminId(), () -> processes.defaultProcess()).firstStage().name()).isEqualTo("方案报价");

        List<String> audited = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select object_name from audit_log where object_type = 'SALES_STAGE' and action = 'UPDATE' order by id").query(String.class).list());
        assertThat(audited).containsExactly("方案报价", "需求确认", "初步接洽", "方案报价");
    }

    @Test
    void theFirstCannotMoveUpNorTheLastOpenStageBelowTheClosingOnesAndBadInputIsNamed() {
        process = fixtures.as(t.adminId(), () -> processes.defaultProcess());
        Api.Response first = admin.language("en").post(move("初步接洽"), Api.json(Map.of("direction", "UP")));
        assertThat(first.status()).isEqualTo(409);
        assertThat(first.contentType()).startsWith("application/problem+json");
        assertThat(first.json().get("code").asString()).isEqualTo("stage_cannot_move");
        assertThat(first.json().get("detail").asString()).contains("already first");

        Api.Response intoClosing = admin.post(move("谈判审核"), Api.json(Map.of("direction", "DOWN")));
        assertThat(intoClosing.status()).isEqualTo(409);
        assertThat(admin.post(move("赢单"), Api.json(Map.of("direction", "UP"))).status()).isEqualTo(409);
        assertThat(admin.post(move("输单"), Api.json(Map.of("direction", "DOWN"))).status()).isEqualTo(409);
        // Won and lost may change places with each other; they stay after the open stages.
        assertThat(admin.post(move("输单"), Api.json(Map.of("direction", "UP"))).status()).isEqualTo(200);

        Api.Response sideways = admin.post(move("需求确认"), Api.json(Map.of("direction", "LEFT")));
        assertThat(sideways.status()).isEqualTo(400);
        assertThat(sideways.json().get("errors").findValuesAsString("field")).containsExactly("direction");
        assertThat(admin.post(move("需求确认"), "{}").status()).isEqualTo(400);

        Api.Response rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD).post(move("需求确认"),
                Api.json(Map.of("direction", "UP")));
        assertThat(rep.status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/sales-processes/" + process.id() + "/stages/987654321/move", Api.json(Map.of("direction", "UP"))).status())
                .isEqualTo(404);

        assertThat(kanbanColumns()).containsExactly("初步接洽", "需求确认", "方案报价", "谈判审核", "输单", "赢单");
    }

    @Test
    void onTheSettingsPageTheButtonsSwapStagesInPlaceAndTheFirstsUpButtonIsOff() throws Exception {
        var who = user(fixtures.user(t.adminId()));
        Document page = Jsoup.parse(mvc.perform(get("/admin/sales-processes").with(who).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString());
        Element card = page.selectFirst(".sales-process");
        assertThat(card.select(".stage-row").first().selectFirst(".stage-up").hasAttr("disabled")).isTrue();
        assertThat(card.select(".stage-row").first().selectFirst(".stage-down").hasAttr("disabled")).isFalse();
        assertThat(row(card, "谈判审核").selectFirst(".stage-down").hasAttr("disabled")).isTrue();
        assertThat(row(card, "赢单").selectFirst(".stage-up").hasAttr("disabled")).isTrue();
        assertThat(card.selectFirst(".stage-up").text()).isEqualTo("上移");

        MvcResult swapped = mvc.perform(post("/admin/sales-processes/" + process.id() + "/stages/" + stage("谈判审核") + "/move")
                .param("direction", "UP").header("HX-Request", "true").with(who).with(csrf())).andReturn();
        assertThat(swapped.getResponse().getStatus()).isEqualTo(200);
        Element fragment = Jsoup.parse(swapped.getResponse().getContentAsString()).selectFirst(".sales-process");
        assertThat(fragment.select(".stage-row").eachAttr("data-stage")).containsExactly("初步接洽", "需求确认", "谈判审核", "方案报价", "赢单", "输单");
        assertThat(kanbanColumns()).containsExactly("初步接洽", "需求确认", "谈判审核", "方案报价", "赢单", "输单");

        // The first's up (from a stale page): no error, nothing moves.
        MvcResult stale = mvc.perform(post("/admin/sales-processes/" + process.id() + "/stages/" + stage("初步接洽") + "/move")
                .param("direction", "UP").header("HX-Request", "true").with(who).with(csrf())).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(stale.getResponse().getContentAsString()).select(".stage-row").eachAttr("data-stage"))
                .containsExactly("初步接洽", "需求确认", "谈判审核", "方案报价", "赢单", "输单");

        // Without htmx the form posts and comes back to the page.
        MvcResult plain = mvc.perform(post("/admin/sales-processes/" + process.id() + "/stages/" + stage("初步接洽") + "/move")
                .param("direction", "DOWN").with(who).with(csrf())).andReturn();
        assertThat(plain.getResponse().getRedirectedUrl()).isEqualTo("/admin/sales-processes");
        assertThat(kanbanColumns()).containsExactly("需求确认", "初步接洽", "谈判审核", "方案报价", "赢单", "输单");
    }

    @Test
    void theFunnelStillCountsAnOpportunityAsHavingReachedTheStageItStandsOnAfterAMove() {
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("漏斗排序有限公司")).id());
        long a = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customer, "A", new BigDecimal("100"))));
        long b = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customer, "B", new BigDecimal("200"))));
        fixtures.asRun(t.rep1Id(), () -> opportunities.moveStage(b, stage("需求确认"), null));
        assertThat(a).isNotEqualTo(b);

        assertThat(admin.post(move("方案报价"), Api.json(Map.of("direction", "UP"))).status()).isEqualTo(200);
        Funnel f = fixtures.as(t.rep1Id(), () -> opportunities.funnel(null));
        assertThat(f.steps()).extracting(s -> s.stage().name(), Funnel.Step::count, Funnel.Step::reached).containsExactly(
                org.assertj.core.groups.Tuple.tuple("初步接洽", 1L, 2L), org.assertj.core.groups.Tuple.tuple("方案报价", 0L, 1L),
                org.assertj.core.groups.Tuple.tuple("需求确认", 1L, 1L), org.assertj.core.groups.Tuple.tuple("谈判审核", 0L, 0L),
                org.assertj.core.groups.Tuple.tuple("赢单", 0L, 0L));

        // The rollup the funnel reads agrees with the opportunities.
        String key = "owner_id || '/' || stage_id || '/' || status || '/' || reached_position";
        List<String> counted = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select " + key
                + " || '=' || count(*) from opportunity group by owner_id, stage_id, status, reached_position").query(String.class).list());
        List<String> rolled = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select " + key
                + " || '=' || n from opportunity_rollup where n <> 0").query(String.class).list());
        assertThat(rolled).hasSize(2).containsExactlyInAnyOrderElementsOf(counted);
    }

    @Test
    void aPositionTypedOnTheSettingsFormAlsoCarriesTheReachedStageWithIt() {
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("漏斗改号有限公司")).id());
        long a = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customer, "A", new BigDecimal("100"))));
        long b = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customer, "B", new BigDecimal("200"))));
        fixtures.asRun(t.rep1Id(), () -> opportunities.moveStage(b, stage("需求确认"), null));
        assertThat(a).isNotEqualTo(b);
        SalesStage confirm = process.stage(stage("需求确认")).orElseThrow();
        int afterNegotiation = process.stage(stage("谈判审核")).orElseThrow().position() + 1;

        fixtures.asRun(t.adminId(), () -> processes.updateStage(confirm.id(), confirm.name(), afterNegotiation, confirm.probability()));
        Funnel f = fixtures.as(t.rep1Id(), () -> opportunities.funnel(null));
        assertThat(f.steps()).extracting(s -> s.stage().name(), Funnel.Step::count, Funnel.Step::reached).startsWith(
                org.assertj.core.groups.Tuple.tuple("初步接洽", 1L, 2L), org.assertj.core.groups.Tuple.tuple("方案报价", 0L, 1L),
                org.assertj.core.groups.Tuple.tuple("谈判审核", 0L, 1L), org.assertj.core.groups.Tuple.tuple("需求确认", 1L, 1L));
    }

    private static Element row(Element card, String stage) {
        return card.select(".stage-row").stream().filter(r -> stage.equals(r.attr("data-stage"))).findFirst().orElseThrow();
    }

    private List<String> kanbanColumns() {
        List<String> names = new ArrayList<>();
        for (Kanban.Column c : fixtures.as(t.rep1Id(), () -> opportunities.kanban(null)).columns()) names.add(c.stage().name());
        return names;
    }

    /** The kanban page's column headers, in the order shown. */
    private List<String> kanbanPage() throws Exception {
        Document d = Jsoup.parse(mvc.perform(get("/opportunities/kanban").with(user(fixtures.user(t.rep1Id()))))
                .andReturn().getResponse().getContentAsString());
        return d.select(".kanban-column .kanban-stage-name").eachText();
    }

}
