package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A user of tenant A gets 404 for every id of tenant B, on every endpoint, and can change nothing there.
 * Tenant B is created the way an operator creates an enterprise, through the operator API.
 */
@IntegrationTest
class TenantIsolationTest {
    /** An enterprise created by the operator, with its administrator's login. */
    record Enterprise(long tenantId, String adminLogin) {
    }

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void everyEndpointHidesTheOtherTenantsRecords() {
        TestTenant a = fixtures.tenant();
        Enterprise b = enterprise();
        Api apiA = new Api(port).login(a.login("admin"), TestFixtures.PASSWORD);
        Api apiB = new Api(port).login(b.adminLogin(), TestFixtures.PASSWORD);
        long customer = apiB.post("/api/v1/customers", "{\"name\":\"乙方独有客户有限公司\"}").json().get("id").asLong();
        long contact = apiB.post("/api/v1/contacts", "{\"name\":\"乙联系人\",\"customerId\":" + customer + "}").json().get("id").asLong();
        long record = apiB.post("/api/v1/sales-records", "{\"customerId\":" + customer + ",\"content\":\"乙的跟进\"}").json().get("id").asLong();

        for (String path : List.of("/api/v1/customers/" + customer, "/api/v1/contacts/" + contact, "/api/v1/sales-records/" + record)) {
            assertThat(apiA.get(path).status()).as("GET " + path).isEqualTo(404);
            assertThat(apiA.patch(path, "{\"name\":\"篡改\",\"content\":\"篡改\"}").status()).as("PATCH " + path).isEqualTo(404);
            assertThat(apiA.delete(path).status()).as("DELETE " + path).isEqualTo(404);
        }
        assertThat(apiA.post("/api/v1/contacts", "{\"name\":\"x\",\"customerId\":" + customer + "}").status()).isEqualTo(400);
        assertThat(apiA.post("/api/v1/sales-records", "{\"customerId\":" + customer + ",\"content\":\"x\"}").status()).isEqualTo(400);
        assertThat(apiA.get("/api/v1/customers?q=%E4%B9%99%E6%96%B9").json().get("total").asLong()).isZero();
        assertThat(apiA.get("/api/v1/contacts").json().get("total").asLong()).isZero();
        assertThat(apiA.get("/api/v1/sales-records?customerId=" + customer).json().size()).isZero();

        // Tenant B's data is untouched.
        assertThat(apiB.get("/api/v1/customers/" + customer).json().get("name").asString()).isEqualTo("乙方独有客户有限公司");
        assertThat(apiB.get("/api/v1/sales-records/" + record).json().get("content").asString()).isEqualTo("乙的跟进");
    }

    @Test
    void theDatabaseShowsNothingWithoutATenantEvenToAForgottenWhereClause() {
        TestTenant a = fixtures.tenant();
        new Api(port).login(a.login("admin"), TestFixtures.PASSWORD).post("/api/v1/customers", "{\"name\":\"无租户不可见有限公司\"}");
        assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isZero();
        long own = TenantContext.callAs(a.tenantId(), () -> jdbc.sql("select count(*) from customer").query(Long.class).single());
        assertThat(own).isEqualTo(1);
        Map<String, Object> other = TenantContext.callAs(a.tenantId() + 100_000, () -> Map.of("n",
                jdbc.sql("select count(*) from customer").query(Long.class).single()));
        assertThat(other.get("n")).isEqualTo(0L);
    }

    @Test
    void aPooledConnectionAlwaysCarriesTheTenantOfItsCurrentUserNeverTheLastOne() throws Exception {
        TestTenant a = fixtures.tenant();
        Enterprise b = enterprise();
        new Api(port).login(a.login("admin"), TestFixtures.PASSWORD).post("/api/v1/customers", "{\"name\":\"甲方连接复用有限公司\"}");
        Api apiB = new Api(port).login(b.adminLogin(), TestFixtures.PASSWORD);
        apiB.post("/api/v1/customers", "{\"name\":\"乙方连接复用一有限公司\"}");
        apiB.post("/api/v1/customers?confirmSimilar=true", "{\"name\":\"乙方连接复用二有限公司\"}");
        java.util.concurrent.Callable<Long> count = () -> jdbc.sql("select count(*) from customer").query(Long.class).single();
        // Far more checkouts than the pool has connections, alternating tenants, with and without a
        // transaction, so every connection is handed from one tenant to another many times.
        for (int i = 0; i < 60; i++) {
            assertThat(TenantContext.callAs(a.tenantId(), count)).as("tenant A, round " + i).isEqualTo(1);
            assertThat(TenantContext.callAs(b.tenantId(), count)).as("tenant B, round " + i).isEqualTo(2);
            Long inTransaction = TenantContext.callAs(b.tenantId(),
                    () -> tx.execute(s -> jdbc.sql("select count(*) from customer").query(Long.class).single()));
            assertThat(inTransaction).as("tenant B in a transaction, round " + i).isEqualTo(2);
            assertThat(count.call()).as("no tenant, round " + i).isZero();
        }
    }

    private Enterprise enterprise() {
        String code = "b" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = new Api(port).withToken(EnterpriseProvisioningTest.OPERATOR_TOKEN).post("/api/v1/operator/tenants",
                Api.json(Map.of("code", code, "name", "企业 " + code, "adminLogin", code + "-admin", "adminPassword", TestFixtures.PASSWORD)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Enterprise(created.json().get("enterprise").get("id").asLong(), created.json().get("adminLogin").asString());
    }
}
