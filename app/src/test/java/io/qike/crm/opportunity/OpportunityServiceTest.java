package io.qike.crm.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.lead.LeadConverted;
import io.qike.crm.platform.FieldProblem;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OpportunityServiceTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired OpportunityService opportunities;
    @Autowired SalesProcesses processes;
    @Autowired io.qike.crm.customer.CustomerMerges merges;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    TestTenant t;
    long customerId;
    SalesProcess process;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        customerId = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("商机测试有限公司")).id());
        process = fixtures.as(t.rep1Id(), () -> processes.defaultProcess());
    }

    SalesStage stage(String name) {
        return process.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    Object[] figures(long customer) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select open_deal_probability, last_won_at from customer where id = ?")
                .param(customer).query((rs, i) -> new Object[]{rs.getObject(1, Integer.class), rs.getObject(2, OffsetDateTime.class)}).single());
    }

    @Test
    void aNewEnterpriseHasTheDefaultProcessWithItsSeededStages() {
        assertThat(process.isDefault()).isTrue();
        assertThat(process.stages()).extracting(SalesStage::name, SalesStage::probability, SalesStage::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("初步接洽", 10, "OPEN"), org.assertj.core.groups.Tuple.tuple("需求确认", 30, "OPEN"),
                org.assertj.core.groups.Tuple.tuple("方案报价", 50, "OPEN"), org.assertj.core.groups.Tuple.tuple("谈判审核", 70, "OPEN"),
                org.assertj.core.groups.Tuple.tuple("赢单", 100, "WON"), org.assertj.core.groups.Tuple.tuple("输单", 0, "LOST"));
    }

    @Test
    void createEditMoveWinAndLoseKeepTheCustomersDealFigures() {
        long id = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customerId, "ERP 项目", new BigDecimal("120000"))));
        Opportunity o = fixtures.as(t.rep1Id(), () -> opportunities.get(id));
        assertThat(o.stageName()).isEqualTo("初步接洽");
        assertThat(o.probability()).isEqualTo(10);
        assertThat(o.status()).isEqualTo("OPEN");
        assertThat(figures(customerId)[0]).isEqualTo(10);

        // Product lines make the amount.
        Opportunity edited = fixtures.as(t.rep1Id(), () -> opportunities.update(id, new OpportunityDraft(null, "ERP 一期", null, "2026-12-31",
                null, null, null, null, null, List.of(new OpportunityLine("许可", new BigDecimal("3"), new BigDecimal("1000.50")),
                new OpportunityLine("实施", new BigDecimal("1"), new BigDecimal("5000"))), null)));
        assertThat(edited.amount()).isEqualByComparingTo("8001.50");
        assertThat(edited.expectedCloseOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(edited.lines()).hasSize(2);

        fixtures.as(t.rep1Id(), () -> opportunities.moveStage(id, stage("方案报价").id(), null));
        assertThat(figures(customerId)[0]).isEqualTo(50);

        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> opportunities.moveStage(id, stage("赢单").id(), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "required")));
        assertThat(fixtures.as(t.rep1Id(), () -> opportunities.get(id)).status()).isEqualTo("OPEN");

        Opportunity won = fixtures.as(t.rep1Id(), () -> opportunities.moveStage(id, stage("赢单").id(), "价格合适"));
        assertThat(won.status()).isEqualTo("WON");
        assertThat(won.closeReason()).isEqualTo("价格合适");
        assertThat(won.closedAt()).isNotNull();
        assertThat(won.probability()).isEqualTo(100);
        Object[] afterWin = figures(customerId);
        assertThat(afterWin[0]).isNull();
        assertThat(afterWin[1]).isNotNull();

        long second = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customerId, "二期", BigDecimal.ONE)));
        fixtures.as(t.rep1Id(), () -> opportunities.moveStage(second, stage("谈判审核").id(), null));
        assertThat(figures(customerId)[0]).isEqualTo(70);
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> opportunities.moveStage(second, stage("输单").id(), null)))
                .isInstanceOf(InvalidInputException.class);
        Opportunity lost = fixtures.as(t.rep1Id(), () -> opportunities.moveStage(second, stage("输单").id(), "预算取消"));
        assertThat(lost.status()).isEqualTo("LOST");
        assertThat(figures(customerId)[0]).isNull();
        assertThat(((OffsetDateTime) figures(customerId)[1]).toInstant()).isEqualTo(won.closedAt().toInstant());

        // Moved to another customer: both customers' figures follow; deleted: the figures forget it.
        long other = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("另一家有限公司")).id());
        fixtures.as(t.rep1Id(), () -> opportunities.update(id, new OpportunityDraft(other, "ERP 一期", null, null, null, null, null, null,
                "价格合适", null, null)));
        assertThat(figures(customerId)[1]).isNull();
        assertThat(figures(other)[1]).isNotNull();
        fixtures.asRun(t.managerId(), () -> opportunities.delete(id)); // reps may not delete
        assertThat(figures(other)[1]).isNull();
        assertTheRollupCountsWhatIsThere();
    }

    @Test
    void aRepSeesOnlyTheirOwnAndMayNotPickACustomerTheyCannotSee() {
        long id = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customerId, "仅李销售可见", null)));
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> opportunities.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(t.managerId(), () -> opportunities.get(id)).name()).isEqualTo("仅李销售可见");
        assertThatThrownBy(() -> fixtures.as(t.rep2Id(), () -> opportunities.create(OpportunityDraft.of(customerId, "别人的客户", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::code)
                        .containsExactly("customer_not_found"));
        assertThat(fixtures.as(t.rep2Id(), () -> opportunities.search(OpportunityQuery.of(Map.of(), 20))).total()).isZero();
    }

    @Test
    void theFunnelCountsAmountsAndConversionRatesForTheViewersScope() {
        // 4 opportunities: one stays at 初步接洽 (100), one at 需求确认 (200), one won after 方案报价 (300), one lost after 需求确认 (400).
        long a = create("A", "100");
        long b = create("B", "200");
        long c = create("C", "300");
        long d = create("D", "400");
        fixtures.asRun(t.rep1Id(), () -> {
            opportunities.moveStage(b, stage("需求确认").id(), null);
            opportunities.moveStage(c, stage("需求确认").id(), null);
            opportunities.moveStage(c, stage("方案报价").id(), null);
            opportunities.moveStage(c, stage("赢单").id(), "签约");
            opportunities.moveStage(d, stage("需求确认").id(), null);
            opportunities.moveStage(d, stage("输单").id(), "预算");
        });
        // Another rep's opportunity is outside rep1's scope.
        long elsewhere = fixtures.as(t.rep2Id(), () -> customers.create(CustomerDraft.named("别处有限公司")).id());
        fixtures.as(t.rep2Id(), () -> opportunities.create(OpportunityDraft.of(elsewhere, "E", new BigDecimal("999"))));

        Funnel f = fixtures.as(t.rep1Id(), () -> opportunities.funnel(null));
        assertThat(f.steps()).extracting(s -> s.stage().name(), Funnel.Step::count, s -> s.amount().intValue(), Funnel.Step::reached,
                Funnel.Step::conversionPercent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("初步接洽", 1L, 100, 4L, null),
                org.assertj.core.groups.Tuple.tuple("需求确认", 1L, 200, 3L, 75),
                org.assertj.core.groups.Tuple.tuple("方案报价", 0L, 0, 1L, 33),
                org.assertj.core.groups.Tuple.tuple("谈判审核", 0L, 0, 1L, 100),
                org.assertj.core.groups.Tuple.tuple("赢单", 1L, 300, 1L, 100));
        assertThat(fixtures.as(t.managerId(), () -> opportunities.funnel(null)).steps().get(0).reached()).isEqualTo(4);
        assertThat(fixtures.as(t.adminId(), () -> opportunities.funnel(null)).steps().get(0).reached()).isEqualTo(5);

        Kanban k = fixtures.as(t.rep1Id(), () -> opportunities.kanban(null));
        assertThat(k.columns()).extracting(col -> col.stage().name(), Kanban.Column::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("初步接洽", 1L), org.assertj.core.groups.Tuple.tuple("需求确认", 1L),
                        org.assertj.core.groups.Tuple.tuple("方案报价", 0L), org.assertj.core.groups.Tuple.tuple("谈判审核", 0L),
                        org.assertj.core.groups.Tuple.tuple("赢单", 1L), org.assertj.core.groups.Tuple.tuple("输单", 1L));
        assertThat(k.columns().get(0).cards()).extracting(Opportunity::id).containsExactly(a);
    }

    long create(String name, String amount) {
        return fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customerId, name, new BigDecimal(amount))));
    }

    @Test
    void aLeadConvertedWithADraftOpensExactlyOneOpportunityForItsOwner() {
        long leadId = 424242L;
        LeadConverted event = new LeadConverted(t.tenantId(), leadId, customerId, null, t.rep1Id(), t.rep1Id(),
                new LeadConverted.OpportunityDraft("线索转来的商机", new BigDecimal("5000"), LocalDate.of(2027, 1, 15)));
        tx.executeWithoutResult(s -> events.publishEvent(event));
        tx.executeWithoutResult(s -> events.publishEvent(event));
        tx.executeWithoutResult(s -> events.publishEvent(new LeadConverted(t.tenantId(), leadId + 1, customerId, null, t.rep1Id(), t.rep1Id(), null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> count() >= 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> count() == 1);
        Opportunity o = fixtures.as(t.rep1Id(), () -> opportunities.search(OpportunityQuery.ofCustomer(customerId)).items().get(0));
        assertThat(o.name()).isEqualTo("线索转来的商机");
        assertThat(o.ownerId()).isEqualTo(t.rep1Id());
        assertThat(o.stageName()).isEqualTo("初步接洽");
        assertThat(o.amount()).isEqualByComparingTo("5000");
        assertThat(o.expectedCloseOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(figures(customerId)[0]).isEqualTo(10);
    }

    @Test
    void theDemoEnterprisesCustomersGetDemoOpportunitiesOnce() {
        fixtures.asRun(t.adminId(), () -> {
            customers.create(CustomerDraft.named("上海盛鑫科技有限公司"));
            customers.create(CustomerDraft.named("苏州瑞丰精密机械有限公司"));
        });
        tx.executeWithoutResult(s -> events.publishEvent(new io.qike.crm.customer.DemoCustomersAdded(t.tenantId(), t.adminId())));
        tx.executeWithoutResult(s -> events.publishEvent(new io.qike.crm.customer.DemoCustomersAdded(t.tenantId(), t.adminId())));
        await().atMost(Duration.ofSeconds(20)).until(() -> count() == 2);
        List<Opportunity> demo = fixtures.as(t.adminId(), () -> opportunities.search(OpportunityQuery.of(Map.of(), 20)).items());
        assertThat(demo).extracting(Opportunity::name, Opportunity::stageName, Opportunity::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("CRM 系统采购", "方案报价", "OPEN"), org.assertj.core.groups.Tuple.tuple("设备运维年包", "赢单", "WON"));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> count() == 2);
    }

    @Test
    void mergingCustomersMovesTheirOpportunitiesAndTheSurvivorsFiguresCountThem() {
        long merged = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named("被合并的有限公司"),
                CustomerService.SimilarNames.ACCEPT).id());
        long won = fixtures.as(t.adminId(), () -> opportunities.create(OpportunityDraft.of(merged, "合并前赢单", BigDecimal.TEN)));
        fixtures.as(t.adminId(), () -> opportunities.moveStage(won, stage("赢单").id(), "已签约"));
        fixtures.as(t.adminId(), () -> opportunities.create(OpportunityDraft.of(merged, "合并前进行中", BigDecimal.ONE)));
        assertThat(figures(customerId)[1]).isNull();
        fixtures.as(t.adminId(), () -> merges.merge(new io.qike.crm.customer.CustomerMerge(customerId, List.of(merged), Map.of())));
        assertThat(fixtures.as(t.adminId(), () -> opportunities.ofCustomer(customerId))).extracting(Opportunity::name)
                .containsExactlyInAnyOrder("合并前赢单", "合并前进行中");
        Object[] survivor = figures(customerId);
        assertThat(survivor[0]).isEqualTo(10);
        assertThat(survivor[1]).isNotNull();
        assertTheRollupCountsWhatIsThere();
    }

    /** The kanban's totals and the funnel read a rollup kept by triggers: it must agree with the opportunities. */
    void assertTheRollupCountsWhatIsThere() {
        String key = "owner_id || '/' || process_id || '/' || stage_id || '/' || status || '/' || reached_position";
        List<String> counted = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select " + key
                + " || '=' || count(*) || '/' || sum(amount) from opportunity group by owner_id, process_id, stage_id, status, reached_position")
                .query(String.class).list());
        List<String> rolled = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select " + key
                + " || '=' || n || '/' || amount from opportunity_rollup where n <> 0 or amount <> 0").query(String.class).list());
        assertThat(counted).isNotEmpty();
        assertThat(rolled).containsExactlyInAnyOrderElementsOf(counted);
    }

    long count() {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from opportunity").query(Long.class).single());
    }
}
