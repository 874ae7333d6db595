package io.qike.crm.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 公海 through the REST API: claims within caps, daily limits and cooling periods, races, fields and permissions. */
@IntegrationTest
class PoolClaimTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    TestTenant tenant;
    Api admin;
    Api rep1;
    Api rep2;
    ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = new Api(port).login(tenant.login("admin"), TestFixtures.PASSWORD);
        rep1 = new Api(port).login(tenant.login("rep1"), TestFixtures.PASSWORD);
        rep2 = new Api(port).login(tenant.login("rep2"), TestFixtures.PASSWORD);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    long pool(Map<String, Object> settings) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "公海 " + UUID.randomUUID().toString().substring(0, 6),
                "memberUserIds", List.of(tenant.rep1Id(), tenant.rep2Id())));
        body.putAll(settings);
        Api.Response r = admin.post("/api/v1/customer-pools", Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    long customerInPool(long poolId, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "公海客户" + UUID.randomUUID().toString().substring(0, 8) + "有限公司"));
        body.putAll(fields);
        Api.Response c = admin.post("/api/v1/customers?confirmSimilar=true", Api.json(body));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        long id = c.json().get("id").asLong();
        Api.Response moved = admin.post("/api/v1/customer-pools/" + poolId + "/moves", Api.json(Map.of("customerIds", List.of(id))));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().size()).isEqualTo(1);
        return id;
    }

    void cap(int max) {
        assertThat(admin.put("/api/v1/customer-pool-caps", Api.json(List.of(Map.of("roleId", tenant.salesRoleId(), "maxCustomers", max))))
                .status()).isEqualTo(200);
    }

    @Test
    void aClaimedCustomerBecomesTheMembersAndLeavesThePool() {
        long pool = pool(Map.of());
        long id = customerInPool(pool, Map.of());
        assertThat(admin.get("/api/v1/customers/" + id).status()).as("a pool customer is nobody's: not in the customer pages").isEqualTo(404);
        assertThat(rep1.get("/api/v1/customer-pools/" + pool + "/customers").json().get("total").asLong()).isEqualTo(1);

        Api.Response claimed = rep1.post("/api/v1/customers/" + id + "/claim", "");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(rep1.get("/api/v1/customers/" + id).json().get("ownerId").asLong()).isEqualTo(tenant.rep1Id());
        assertThat(rep1.get("/api/v1/customer-pools/" + pool + "/customers").json().get("total").asLong()).isZero();
        Api.Response again = rep2.post("/api/v1/customers/" + id + "/claim", "");
        assertThat(again.status()).as("a member of the pool it left learns it was taken").isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("pool_taken");

        Api.Response noReason = rep1.post("/api/v1/customers/" + id + "/return", Api.json(Map.of("poolId", pool)));
        assertThat(noReason.status()).isEqualTo(400);
        Api.Response returned = rep1.post("/api/v1/customers/" + id + "/return", Api.json(Map.of("poolId", pool, "reason", "客户已转投他家")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(rep1.get("/api/v1/customers/" + id).status()).isEqualTo(404);
        List<String> kinds = new ArrayList<>();
        admin.get("/api/v1/customer-pools/" + pool + "/moves").json().forEach(m -> kinds.add(m.get("kind").asString()));
        assertThat(kinds).containsExactly("RETURN", "CLAIM", "MOVE");
        assertThat(admin.get("/api/v1/customer-pools/" + pool + "/moves").json().get(0).get("reason").asString()).isEqualTo("客户已转投他家");
    }

    @Test
    void theOwnershipCapStopsAClaimAndCountsEveryCustomerOwned() {
        long pool = pool(Map.of());
        long a = customerInPool(pool, Map.of());
        long b = customerInPool(pool, Map.of());
        cap(1);
        assertThat(rep1.post("/api/v1/customers/" + a + "/claim", "").status()).isEqualTo(200);
        Api.Response refused = rep1.post("/api/v1/customers/" + b + "/claim", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("pool_cap_reached");
        assertThat(refused.json().get("title").asString()).contains("上限");
        assertThat(rep2.post("/api/v1/customers/" + b + "/claim", "").status()).as("another user's cap is their own").isEqualTo(200);
    }

    @Test
    void theDailyLimitCountsClaimsInThePoolToday() {
        long pool = pool(Map.of("dailyClaimLimit", 2));
        long a = customerInPool(pool, Map.of());
        long b = customerInPool(pool, Map.of());
        long c = customerInPool(pool, Map.of());
        assertThat(rep1.post("/api/v1/customers/" + a + "/claim", "").status()).isEqualTo(200);
        assertThat(rep1.post("/api/v1/customers/" + b + "/claim", "").status()).isEqualTo(200);
        // returning does not give a claim back
        assertThat(rep1.post("/api/v1/customers/" + b + "/return", Api.json(Map.of("poolId", pool, "reason", "重复"))).status()).isEqualTo(200);
        Api.Response refused = rep1.post("/api/v1/customers/" + c + "/claim", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("pool_daily_limit");
        assertThat(rep2.post("/api/v1/customers/" + c + "/claim", "").status()).isEqualTo(200);
    }

    @Test
    void aReturnedCustomerCannotBeReclaimedByTheSameUserDuringTheCoolingPeriod() {
        long pool = pool(Map.of("coolingDays", 3));
        long id = customerInPool(pool, Map.of());
        assertThat(rep1.post("/api/v1/customers/" + id + "/claim", "").status()).isEqualTo(200);
        assertThat(rep1.post("/api/v1/customers/" + id + "/return", Api.json(Map.of("poolId", pool, "reason", "暂无需求"))).status()).isEqualTo(200);
        Api.Response refused = rep1.post("/api/v1/customers/" + id + "/claim", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("pool_cooling");

        // four days later (the return's time moved back) the cooling period is over
        TenantContext.runAs(tenant.tenantId(), () -> jdbc.sql(
                "update customer_pool_move set moved_at = moved_at - interval '4 days' where customer_id = ? and kind = 'RETURN'")
                .param(id).update());
        assertThat(rep1.post("/api/v1/customers/" + id + "/claim", "").status()).isEqualTo(200);
    }

    @Test
    void othersMayClaimAReturnedCustomerAtOnce() {
        long pool = pool(Map.of("coolingDays", 3));
        long id = customerInPool(pool, Map.of());
        assertThat(rep1.post("/api/v1/customers/" + id + "/claim", "").status()).isEqualTo(200);
        assertThat(rep1.post("/api/v1/customers/" + id + "/return", Api.json(Map.of("poolId", pool, "reason", "暂无需求"))).status()).isEqualTo(200);
        assertThat(rep2.post("/api/v1/customers/" + id + "/claim", "").status()).isEqualTo(200);
    }

    @Test
    void twoUsersClaimingTheSameCustomerAtOnceExactlyOneWinsEveryTime() throws Exception {
        long pool = pool(Map.of());
        for (int round = 0; round < 15; round++) {
            long id = customerInPool(pool, Map.of());
            List<Api.Response> results = race(() -> rep1.post("/api/v1/customers/" + id + "/claim", ""),
                    () -> rep2.post("/api/v1/customers/" + id + "/claim", ""));
            assertThat(results).extracting(Api.Response::status).as("round " + round).containsExactlyInAnyOrder(200, 409);
            Api.Response loser = results.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(loser.json().get("code").asString()).isEqualTo("pool_taken");
            assertThat(loser.json().get("title").asString()).contains("已被他人领取");
        }
        long claims = TenantContext.callAs(tenant.tenantId(), () -> jdbc.sql(
                "select count(*) from customer_pool_move where pool_id = ? and kind = 'CLAIM'").param(pool).query(Long.class).single());
        assertThat(claims).isEqualTo(15);
    }

    @Test
    void oneUserClaimingTheLastAllowedCustomerTwiceAtOnceGetsOnlyOne() throws Exception {
        long pool = pool(Map.of());
        cap(1);
        for (int round = 0; round < 15; round++) {
            long a = customerInPool(pool, Map.of());
            long b = customerInPool(pool, Map.of());
            Api rep1b = new Api(port).login(tenant.login("rep1"), TestFixtures.PASSWORD);
            List<Api.Response> results = race(() -> rep1.post("/api/v1/customers/" + a + "/claim", ""),
                    () -> rep1b.post("/api/v1/customers/" + b + "/claim", ""));
            assertThat(results).extracting(Api.Response::status).as("round " + round).containsExactlyInAnyOrder(200, 409);
            assertThat(results.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().json().get("code").asString())
                    .isEqualTo("pool_cap_reached");
            long owned = TenantContext.callAs(tenant.tenantId(), () -> jdbc.sql("select count(*) from customer where owner_id = ?")
                    .param(tenant.rep1Id()).query(Long.class).single());
            assertThat(owned).isEqualTo(1);
            long won = results.get(0).status() == 200 ? a : b;
            assertThat(rep1.post("/api/v1/customers/" + won + "/return", Api.json(Map.of("poolId", pool, "reason", "下一轮"))).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void membersSeeOnlyTheFieldsThePoolShows() {
        long pool = pool(Map.of("visibleFields", List.of("industry", "level")));
        customerInPool(pool, Map.of("industry", "软件和信息技术服务业", "level", "A", "phone", "021-62345678", "email", "boss@example.com"));
        var item = rep1.get("/api/v1/customer-pools/" + pool + "/customers").json().get("items").get(0);
        assertThat(item.get("name").asString()).startsWith("公海客户");
        assertThat(item.get("fields").get("industry").asString()).isEqualTo("软件和信息技术服务业");
        assertThat(item.get("fields").has("phone")).isFalse();
        assertThat(item.get("fields").has("email")).isFalse();
        assertThat(rep1.get("/api/v1/customer-pools/" + pool + "/customers?q=公海客户").json().get("total").asLong()).isEqualTo(1);
        assertThat(rep1.get("/api/v1/customer-pools/" + pool + "/customers?q=没有这家").json().get("total").asLong()).isZero();
    }

    @Test
    void nonMembersCannotSeeOrClaimAndMembersCannotAdminister() {
        long pool = pool(Map.of("memberUserIds", List.of(tenant.rep1Id())));
        long id = customerInPool(pool, Map.of());
        assertThat(rep2.get("/api/v1/customer-pools").json().size()).isZero();
        assertThat(rep1.get("/api/v1/customer-pools").json().size()).isEqualTo(1);
        assertThat(rep2.get("/api/v1/customer-pools/" + pool).status()).isEqualTo(404);
        assertThat(rep2.get("/api/v1/customer-pools/" + pool + "/customers").status()).isEqualTo(404);
        assertThat(rep2.post("/api/v1/customers/" + id + "/claim", "").status()).isEqualTo(404);
        assertThat(rep2.get("/api/v1/customer-pools/" + pool + "/moves").status()).isEqualTo(404);

        assertThat(rep1.post("/api/v1/customer-pools/" + pool + "/moves", Api.json(Map.of("customerIds", List.of(id)))).status()).isEqualTo(403);
        assertThat(rep1.get("/api/v1/customer-pools/" + pool + "/moves").status()).isEqualTo(403);
        assertThat(rep1.post("/api/v1/customer-pools/" + pool + "/customers/" + id + "/assign",
                Api.json(Map.of("userId", tenant.rep1Id()))).status()).isEqualTo(403);
        assertThat(rep1.post("/api/v1/customer-pools", Api.json(Map.of("name", "我的公海"))).status()).isEqualTo(403);
        assertThat(rep1.put("/api/v1/customer-pools/" + pool, Api.json(Map.of("name", "改名"))).status()).isEqualTo(403);
        assertThat(rep1.delete("/api/v1/customer-pools/" + pool).status()).isEqualTo(403);
        assertThat(rep1.get("/api/v1/customer-pool-caps").status()).isEqualTo(403);
        assertThat(rep1.put("/api/v1/customer-pool-caps", Api.json(List.of(Map.of("roleId", tenant.salesRoleId(), "maxCustomers", 1000))))
                .status()).isEqualTo(403);
        assertThat(rep1.put("/api/v1/customer-pools/" + pool + "/rules/1", Api.json(Map.of("kind", "NO_WON", "days", 1))).status()).isEqualTo(403);
        assertThat(rep1.delete("/api/v1/customer-pools/" + pool + "/rules/1").status()).isEqualTo(403);
        assertThat(rep1.get("/api/v1/customer-pools/" + pool + "/rules").status()).isEqualTo(403);
        assertThat(rep1.post("/api/v1/customer-pools/" + pool + "/rules", Api.json(Map.of("kind", "NO_FOLLOW_UP", "days", 30))).status())
                .isEqualTo(403);

        // rep1 claims; rep2 can neither return it (not theirs, not visible) nor see it
        assertThat(rep1.post("/api/v1/customers/" + id + "/claim", "").status()).isEqualTo(200);
        assertThat(rep2.post("/api/v1/customers/" + id + "/return", Api.json(Map.of("poolId", pool, "reason", "x"))).status()).isEqualTo(404);
        // the manager sees rep1's customer but only its owner returns it
        Api manager = new Api(port).login(tenant.login("manager"), TestFixtures.PASSWORD);
        assertThat(manager.post("/api/v1/customers/" + id + "/return", Api.json(Map.of("poolId", pool, "reason", "x"))).status()).isEqualTo(403);
    }

    @Test
    void anUnknownMemberDepartmentIsAFieldErrorAndNothingIsWritten() {
        int before = admin.get("/api/v1/customer-pools").json().size();
        Api.Response refused = admin.post("/api/v1/customer-pools", Api.json(Map.of("name", "华南公海",
                "memberDepartmentIds", List.of(tenant.salesDeptId(), 987_654_321L))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("memberDepartmentIds");
        assertThat(admin.get("/api/v1/customer-pools").json().size()).isEqualTo(before);
        long pool = pool(Map.of("memberDepartmentIds", List.of(tenant.salesDeptId())));
        assertThat(admin.put("/api/v1/customer-pools/" + pool, Api.json(Map.of("name", "华南公海",
                "memberDepartmentIds", List.of(987_654_321L)))).status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/customer-pools/" + pool).json().get("memberDepartmentIds").get(0).asLong())
                .isEqualTo(tenant.salesDeptId());
    }

    @Test
    void aPoolAdministratorAssignsWithinTheAssigneesCapAndTheAssigneeIsTold() {
        long pool = pool(Map.of("adminUserIds", List.of(tenant.managerId())));
        Api manager = new Api(port).login(tenant.login("manager"), TestFixtures.PASSWORD);
        long a = customerInPool(pool, Map.of());
        long b = customerInPool(pool, Map.of());
        cap(1);
        Api.Response assigned = manager.post("/api/v1/customer-pools/" + pool + "/customers/" + a + "/assign",
                Api.json(Map.of("userId", tenant.rep2Id())));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(rep2.get("/api/v1/customers/" + a).json().get("ownerId").asLong()).isEqualTo(tenant.rep2Id());
        Api.Response over = manager.post("/api/v1/customer-pools/" + pool + "/customers/" + b + "/assign",
                Api.json(Map.of("userId", tenant.rep2Id())));
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.json().get("code").asString()).isEqualTo("pool_cap_reached");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> TenantContext.callAs(tenant.tenantId(),
                () -> jdbc.sql("select count(*) from notification where user_id = ? and kind = 'CUSTOMER_ASSIGNED'").param(tenant.rep2Id())
                        .query(Long.class).single()) == 1);
    }

    List<Api.Response> race(java.util.function.Supplier<Api.Response> one, java.util.function.Supplier<Api.Response> two) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Api.Response> a = CompletableFuture.supplyAsync(() -> { await(start); return one.get(); }, threads);
        CompletableFuture<Api.Response> b = CompletableFuture.supplyAsync(() -> { await(start); return two.get(); }, threads);
        return List.of(a.get(), b.get());
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
