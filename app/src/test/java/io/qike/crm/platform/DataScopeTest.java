package io.qike.crm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Data scope and function permissions, enforced on the server for lists, reads and writes. */
@IntegrationTest
class DataScopeTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired io.qike.crm.platform.org.UserService users;
    TestTenant t;
    Api admin, manager, rep1, rep2;
    long ofRep1, ofRep2, ofManager;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        manager = new Api(port).login(t.login("manager"), TestFixtures.PASSWORD);
        rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        rep2 = new Api(port).login(t.login("rep2"), TestFixtures.PASSWORD);
        ofRep1 = rep1.post("/api/v1/customers", "{\"name\":\"甲一客户有限公司\"}").json().get("id").asLong();
        ofRep2 = rep2.post("/api/v1/customers", "{\"name\":\"乙二客户有限公司\"}").json().get("id").asLong();
        ofManager = manager.post("/api/v1/customers", "{\"name\":\"丙三客户有限公司\"}").json().get("id").asLong();
    }

    @Test
    void eachRoleSeesExactlyItsScope() {
        assertThat(admin.get("/api/v1/customers").json().get("total").asLong()).isEqualTo(3);
        assertThat(manager.get("/api/v1/customers").json().get("items").findValuesAsString("name"))
                .containsExactlyInAnyOrder("甲一客户有限公司", "丙三客户有限公司");
        assertThat(rep1.get("/api/v1/customers").json().get("items").findValuesAsString("name")).containsExactly("甲一客户有限公司");
        assertThat(rep1.get("/api/v1/customers/" + ofRep2).status()).isEqualTo(404);
        assertThat(rep1.patch("/api/v1/customers/" + ofRep2, "{\"name\":\"改名\"}").status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/customers/" + ofRep1).status()).isEqualTo(200);
        assertThat(manager.get("/api/v1/customers/" + ofRep2).status()).isEqualTo(404);
        // The keyword search keeps to the same scopes (a team, one owner, everyone).
        String keyword = "/api/v1/customers?q=%E5%AE%A2%E6%88%B7"; // 客户
        assertThat(manager.get(keyword).json().get("items").findValuesAsString("name"))
                .containsExactlyInAnyOrder("甲一客户有限公司", "丙三客户有限公司");
        assertThat(rep1.get(keyword).json().get("items").findValuesAsString("name")).containsExactly("甲一客户有限公司");
        assertThat(admin.get(keyword).json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void functionPermissionsAreCheckedOnTheServer() {
        assertThat(rep1.delete("/api/v1/customers/" + ofRep1).status()).isEqualTo(403);
        assertThat(rep1.get("/api/v1/customers/" + ofRep1).status()).isEqualTo(200);
        assertThat(rep1.post("/api/v1/customers", "{\"name\":\"指派给别人有限公司\",\"ownerId\":" + t.rep2Id() + "}").json()
                .get("errors").get(0).get("code").asString()).isEqualTo("assign_forbidden");
        assertThat(manager.delete("/api/v1/customers/" + ofRep1).status()).isEqualTo(204);
    }

    @Test
    void onlyAnActiveUserMayOwnARecord() {
        fixtures.asRun(t.adminId(), () -> {
            io.qike.crm.platform.org.User u = users.get(t.rep2Id());
            io.qike.crm.platform.org.UserForm form = new io.qike.crm.platform.org.UserForm();
            form.setLogin(u.login());
            form.setDisplayName(u.displayName());
            form.setDepartmentId(u.departmentId());
            form.setManagerId(u.managerId());
            form.setRoleIds(u.roleIds());
            form.setStatus("DISABLED");
            users.update(u.id(), form);
        });
        // A contact belongs to a customer, so it names one.
        for (String path : new String[] {"/api/v1/customers", "/api/v1/contacts"}) {
            String customer = path.endsWith("contacts") ? ",\"customerId\":" + ofRep1 : "";
            Api.Response r = admin.post(path, "{\"name\":\"给停用的人\",\"ownerId\":" + t.rep2Id() + customer + "}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("not_found");
            assertThat(admin.post(path, "{\"name\":\"给在职的人\",\"ownerId\":" + t.rep1Id() + customer + "}").status()).isEqualTo(201);
        }
    }

    @Test
    void duplicateCheckSeesEveryRecordButRevealsOnlyNameAndOwner() {
        Api.Response r = rep1.post("/api/v1/customers", "{\"name\":\"乙二客户（集团）有限公司\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asString()).isEqualTo("similar_names");
        var similar = r.json().get("similarCustomers").get(0);
        assertThat(similar.get("name").asString()).isEqualTo("乙二客户有限公司");
        assertThat(similar.get("ownerName").asString()).isEqualTo("赵销售");
        assertThat(similar.get("readable").asBoolean()).isFalse();
        assertThat(similar.has("phone")).isFalse();
    }
}
