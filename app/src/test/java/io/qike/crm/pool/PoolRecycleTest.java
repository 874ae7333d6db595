package io.qike.crm.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.customer.CustomerDeals;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The daily recycle run on a clock the test sets: warnings first, then one statement per rule, and nothing twice. */
@IntegrationTest
@RecordApplicationEvents
class PoolRecycleTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired PoolRecycling recycling;
    @Autowired CustomerDeals deals;
    @Autowired io.qike.crm.customer.CustomerFollowUps followUps;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    TestTenant tenant;
    Api admin;
    Api rep1;
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    long pool;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = new Api(port).login(tenant.login("admin"), TestFixtures.PASSWORD);
        rep1 = new Api(port).login(tenant.login("rep1"), TestFixtures.PASSWORD);
        Api.Response p = admin.post("/api/v1/customer-pools", Api.json(Map.of("name", "回收公海", "memberUserIds", List.of(tenant.rep1Id()))));
        assertThat(p.status()).isEqualTo(201);
        pool = p.json().get("id").asLong();
    }

    long customer(String level) {
        Api.Response c = rep1.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of(
                "name", "回收客户" + UUID.randomUUID().toString().substring(0, 8) + "有限公司", "level", level)));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        return c.json().get("id").asLong();
    }

    void rule(Map<String, Object> rule) {
        Api.Response r = admin.post("/api/v1/customer-pools/" + pool + "/rules", Api.json(rule));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    void deal(long customerId, Integer openProbability, OffsetDateTime lastWon) {
        TenantContext.runAs(tenant.tenantId(), () -> tx.executeWithoutResult(s ->
                deals.refresh(customerId, id -> new CustomerDeals.Figures(openProbability, lastWon))));
    }

    Long poolOf(long customerId) {
        return TenantContext.callAs(tenant.tenantId(), () -> jdbc.sql("select pool_id from customer where id = ?").param(customerId)
                .query(Long.class).optional().orElse(null));
    }

    long count(String sql, Object... params) {
        return TenantContext.callAs(tenant.tenantId(), () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    @Test
    void warnsTheOwnerOnceThenRecyclesOnlyTheRulesLevelsAndNeverALateStageDeal() {
        rule(Map.of("kind", "NO_FOLLOW_UP", "days", 30, "levels", List.of("A"), "warnDays", 7, "protectProbability", 60));
        long due = customer("A");
        long otherLevel = customer("B");
        long lateStage = customer("A");
        long earlyStage = customer("A");
        deal(lateStage, 80, null);
        deal(earlyStage, 20, null);

        PoolRecycling.Result early = recycling.run(tenant.tenantId(), now.plusDays(20));
        assertThat(early).isEqualTo(new PoolRecycling.Result(0, 0));

        PoolRecycling.Result warned = recycling.run(tenant.tenantId(), now.plusDays(25));
        assertThat(warned.recycled()).isZero();
        assertThat(warned.warned()).isEqualTo(2); // due and earlyStage
        assertThat(events.stream(CustomerRecycleWarned.class).map(CustomerRecycleWarned::customerId)).containsExactlyInAnyOrder(due, earlyStage);
        assertThat(count("select count(*) from notification where user_id = ? and kind = 'CUSTOMER_RECYCLE_WARNING'", tenant.rep1Id())).isEqualTo(2);
        // the next day's run does not warn again
        assertThat(recycling.run(tenant.tenantId(), now.plusDays(26)).warned()).isZero();
        assertThat(count("select count(*) from notification where user_id = ? and kind = 'CUSTOMER_RECYCLE_WARNING'", tenant.rep1Id())).isEqualTo(2);
        // the owner sees them on the home page's list
        List<DueCustomer> mine = fixtures.as(tenant.rep1Id(), () -> recycling.mineDueSoon(now.plusDays(26)));
        assertThat(mine).extracting(DueCustomer::customerId).containsExactlyInAnyOrder(due, earlyStage);

        PoolRecycling.Result recycled = recycling.run(tenant.tenantId(), now.plusDays(31));
        assertThat(recycled.recycled()).isEqualTo(2);
        assertThat(poolOf(due)).isEqualTo(pool);
        assertThat(poolOf(earlyStage)).isEqualTo(pool);
        assertThat(poolOf(otherLevel)).as("level B is not the rule's").isNull();
        assertThat(poolOf(lateStage)).as("an open deal at 80% protects").isNull();
        assertThat(rep1.get("/api/v1/customers/" + due).status()).isEqualTo(404);
        assertThat(count("select count(*) from customer_pool_move where customer_id = ? and kind = 'RECYCLE' and rule_id is not null", due))
                .isEqualTo(1);
        assertThat(count("select count(*) from audit_log where object_id = ? and action = 'POOL_RECYCLE'", due)).isEqualTo(1);

        assertThat(recycling.run(tenant.tenantId(), now.plusDays(31))).as("idempotent").isEqualTo(new PoolRecycling.Result(0, 0));
        assertThat(count("select count(*) from customer_pool_move where kind = 'RECYCLE' and pool_id = ?", pool)).isEqualTo(2);
    }

    @Test
    void aRecentWinProtectsFromTheNoWonRule() {
        rule(Map.of("kind", "NO_WON", "days", 60));
        long wonRecently = customer("A");
        long neverWon = customer("C");
        deal(wonRecently, null, now.plusDays(10));

        assertThat(recycling.run(tenant.tenantId(), now.plusDays(61)).recycled()).isEqualTo(1);
        assertThat(poolOf(neverWon)).isEqualTo(pool);
        assertThat(poolOf(wonRecently)).isNull();
        assertThat(recycling.run(tenant.tenantId(), now.plusDays(71)).recycled()).isEqualTo(1);
        assertThat(poolOf(wonRecently)).isEqualTo(pool);
    }

    @Test
    void aFollowUpRestartsTheClockAndAClaimedCustomerIsNotRecycledAtOnce() {
        rule(Map.of("kind", "NO_FOLLOW_UP", "days", 30));
        long followed = customer("A");
        long old = customer("A");
        TenantContext.runAs(tenant.tenantId(), () -> {
            tx.executeWithoutResult(s -> followUps.refresh(followed, id -> now.minusDays(20)));
            jdbc.sql("update customer set created_at = created_at - interval '100 days' where id in (?, ?)").params(followed, old).update();
        });

        assertThat(recycling.run(tenant.tenantId(), now.plusDays(1)).recycled()).isEqualTo(1);
        assertThat(poolOf(old)).isEqualTo(pool);
        assertThat(poolOf(followed)).as("followed up 20 days ago").isNull();

        // claimed back: the clock starts again from the claim, not from the customer's creation 100 days ago
        assertThat(rep1.post("/api/v1/customers/" + old + "/claim", "").status()).isEqualTo(200);
        assertThat(recycling.run(tenant.tenantId(), now.plusDays(2)).recycled()).isZero();
        assertThat(poolOf(old)).isNull();
        assertThat(recycling.run(tenant.tenantId(), now.plusDays(11)).recycled()).as("followed: -20 + 30 < 11").isEqualTo(1);
        assertThat(poolOf(followed)).isEqualTo(pool);
    }

    @Test
    void aCustomerGivenToAnotherOwnerIsNotRecycledForThePreviousOwnersSilence() {
        rule(Map.of("kind", "NO_FOLLOW_UP", "days", 30));
        long handed = customer("A");
        long kept = customer("A");
        TenantContext.runAs(tenant.tenantId(), () -> jdbc.sql(
                "update customer set created_at = created_at - interval '100 days' where id in (?, ?)").params(handed, kept).update());

        Api.Response patched = admin.patch("/api/v1/customers/" + handed, Api.json(Map.of("ownerId", tenant.rep2Id())));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        assertThat(recycling.run(tenant.tenantId(), now.plusDays(1)).recycled()).isEqualTo(1);
        assertThat(poolOf(kept)).isEqualTo(pool);
        assertThat(poolOf(handed)).as("its new owner got it today").isNull();
        assertThat(recycling.run(tenant.tenantId(), now.plusDays(31)).recycled()).as("30 days of the new owner's silence").isEqualTo(1);
        assertThat(poolOf(handed)).isEqualTo(pool);
    }
}
