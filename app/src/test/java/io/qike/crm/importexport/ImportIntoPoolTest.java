package io.qike.crm.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 导入到公海: customers imported straight into a public pool by one of its administrators, and who is refused. */
@IntegrationTest
class ImportIntoPoolTest {
    static final List<String> HEADER = List.of("客户名称*", "客户等级", "负责人账号");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired WebApplicationContext context;
    TestTenant tenant;
    Api admin;
    Api rep1;
    ImportClient manager;
    long pool;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        TestClients clients = new TestClients(port, tokens, fixtures);
        admin = clients.api(tenant.adminId());
        rep1 = clients.api(tenant.rep1Id());
        manager = clients.imports(tenant.managerId());
        pool = pool(List.of(tenant.managerId()));
    }

    long pool(List<Long> admins) {
        Api.Response r = admin.post("/api/v1/customer-pools", Api.json(Map.of("name", "公海 " + UUID.randomUUID().toString().substring(0, 6),
                "memberUserIds", List.of(tenant.rep1Id(), tenant.rep2Id()), "adminUserIds", admins)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    byte[] threeCustomers(String level) {
        return Xlsx.of(HEADER, List.of(
                Xlsx.row("入海甲有限公司", "A", tenant.login("rep2")),
                Xlsx.row("入海乙有限公司", level, null),
                Xlsx.row("入海丙有限公司", null, "nobody")));
    }

    @Test
    void anAdministratorOfThePoolImportsCustomersStraightIntoItWithoutOwner() throws Exception {
        ImportClient.Download upload = manager.upload("CUSTOMER", null, pool, "pool.xlsx", threeCustomers("B"));
        assertThat(upload.status()).as(new String(upload.body())).isEqualTo(202);
        JsonNode job = manager.await(upload.json().get("id").asLong());

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("imported").asInt()).isEqualTo(3);
        assertThat(job.get("customerPoolId").asLong()).isEqualTo(pool);
        List<Map<String, Object>> rows = inTenant(() -> jdbc.sql(
                "select owner_id, pool_id, owner_since, department_id from customer where name like '入海%'").query().listOfRows());
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("owner_id")).as("the owner column is ignored").isNull();
            assertThat(((Number) r.get("pool_id")).longValue()).isEqualTo(pool);
            assertThat(r.get("owner_since")).isNull();
            assertThat(r.get("department_id")).isNull();
        });

        List<String> kinds = new ArrayList<>();
        admin.get("/api/v1/customer-pools/" + pool + "/moves").json().forEach(m -> kinds.add(m.get("kind").asString()));
        assertThat(kinds).containsExactly("IMPORT", "IMPORT", "IMPORT");
        assertThat(inTenant(() -> jdbc.sql("select count(*) from customer_pool_move where pool_id = ? and kind = 'IMPORT' and by_user_id = ?"
                + " and from_user_id is null and to_user_id is null").params(pool, tenant.managerId()).query(Long.class).single())).isEqualTo(3);
        String audit = inTenant(() -> jdbc.sql("select changes::text from audit_log where action = 'IMPORT' and object_type = 'CUSTOMER'")
                .query(String.class).single());
        assertThat(audit).contains("公海 ").contains("\"rows\"");
        assertThat(page(get("/pools/" + pool), fixtures.user(tenant.managerId()), "zh-CN")).contains("<td>导入</td>").contains("入海甲有限公司");
        assertThat(page(get("/pools/" + pool), fixtures.user(tenant.managerId()), "en")).contains("<td>Imported</td>");

        JsonNode list = rep1.get("/api/v1/customer-pools/" + pool + "/customers").json();
        assertThat(list.get("total").asLong()).isEqualTo(3);
        long first = list.get("items").get(0).get("id").asLong();
        Api.Response claimed = rep1.post("/api/v1/customers/" + first + "/claim", "");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(rep1.get("/api/v1/customers/" + first).json().get("ownerId").asLong()).isEqualTo(tenant.rep1Id());
        assertThat(rep1.get("/api/v1/customer-pools/" + pool + "/customers").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aUserWhoDoesNotAdministerThePoolIsRefusedAndNothingIsWritten() {
        long notMine = pool(List.of());
        ImportClient.Download refused = manager.upload("CUSTOMER", null, notMine, "pool.xlsx", threeCustomers("B"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(new String(refused.body())).contains("customerPoolId").contains("只有公海的管理员");

        assertThat(manager.upload("CUSTOMER", null, 987_654_321L, "pool.xlsx", threeCustomers("B")).status())
                .as("a pool that does not exist").isEqualTo(400);
        assertThat(manager.upload("CONTACT", null, pool, "pool.xlsx", threeCustomers("B")).status())
                .as("only customers go into a pool").isEqualTo(400);

        assertThat(inTenant(() -> jdbc.sql("select count(*) from customer").query(Long.class).single())).isZero();
        assertThat(inTenant(() -> jdbc.sql("select count(*) from customer_pool_move").query(Long.class).single())).isZero();
        assertThat(manager.get("/api/v1/imports").json().size()).as("no job was queued").isZero();
    }

    @Test
    void aRowWithAProblemInAnAllOrNothingImportWritesNothingIntoThePool() {
        ImportClient.Download upload = manager.upload("CUSTOMER", null, pool, "pool.xlsx", threeCustomers("VIP"));
        assertThat(upload.status()).isEqualTo(202);
        JsonNode job = manager.await(upload.json().get("id").asLong());

        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("errors").valueStream().map(e -> e.get("row").asInt()).toList()).as("the owner column is not checked")
                .containsExactly(3);
        assertThat(inTenant(() -> jdbc.sql("select count(*) from customer").query(Long.class).single())).isZero();
        assertThat(inTenant(() -> jdbc.sql("select count(*) from customer_pool_move").query(Long.class).single())).isZero();
    }

    @Test
    void aPartialImportIntoThePoolLogsTheRowsItImported() {
        ImportClient.Download upload = manager.upload("CUSTOMER", "PARTIAL", pool, "pool.xlsx", Xlsx.of(HEADER, List.of(
                Xlsx.row("部分入海甲有限公司", "A", null), Xlsx.row("部分入海乙有限公司", "VIP", null), Xlsx.row("部分入海丙有限公司", null, null))));
        JsonNode pooled = manager.await(upload.json().get("id").asLong());
        assertThat(pooled.get("status").asString()).isEqualTo("DONE");
        assertThat(pooled.get("skipped").asInt()).isEqualTo(1);
        assertThat(pooled.get("imported").asInt()).isEqualTo(2);
        assertThat(inTenant(() -> jdbc.sql("select count(*) from customer where name like '部分入海%' and pool_id = ? and owner_id is null")
                .param(pool).query(Long.class).single())).isEqualTo(2);
        assertThat(inTenant(() -> jdbc.sql("select count(*) from customer_pool_move where pool_id = ? and kind = 'IMPORT'").param(pool)
                .query(Long.class).single())).isEqualTo(2);
    }

    @Test
    void theFormOffersThePoolsTheUserAdministersAndRefusesAnotherAsAFormError() throws Exception {
        long notMine = pool(List.of());
        QikeUser me = fixtures.user(tenant.managerId());
        String form = page(get("/imports/new").param("object", "CUSTOMER"), me, "zh-CN");
        assertThat(form).contains("name=\"customerPoolId\"").contains("value=\"" + pool + "\"").doesNotContain("value=\"" + notMine + "\"")
                .contains("导入到公海");
        assertThat(page(get("/imports/new").param("object", "CONTACT"), me, "zh-CN")).doesNotContain("customerPoolId");
        assertThat(page(get("/imports/new").param("object", "CUSTOMER"), fixtures.user(tenant.adminId()), "en"))
                .as("every pool for a sales administrator").contains("value=\"" + notMine + "\"").contains("Import into a public pool");

        MockMultipartFile file = new MockMultipartFile("file", "客户.xlsx", null, threeCustomers("B"));
        String refused = page(multipart("/imports").file(file).param("object", "CUSTOMER").param("customerPoolId", "" + notMine).with(csrf()),
                me, "zh-CN");
        assertThat(refused).contains("id=\"upload-error\"").contains("只有公海的管理员").contains("is-invalid");
        assertThat(inTenant(() -> jdbc.sql("select count(*) from customer").query(Long.class).single())).isZero();
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request, QikeUser user, String lang) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MvcResult r = mvc.perform(request.with(user(user)).cookie(new Cookie("qike-lang", lang))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private <T> T inTenant(java.util.concurrent.Callable<T> work) {
        return TenantContext.callAs(tenant.tenantId(), work);
    }
}
