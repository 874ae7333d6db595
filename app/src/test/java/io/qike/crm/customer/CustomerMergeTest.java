package io.qike.crm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.qike.crm.contact.ContactDraft;
import io.qike.crm.contact.ContactService;
import io.qike.crm.customfield.CustomFields;
import io.qike.crm.customfield.CustomObject;
import io.qike.crm.customfield.FieldType;
import io.qike.crm.intel.provider.CompanyKeyRepository;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.salesrecord.SalesRecord;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.salesrecord.Upload;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.io.ByteArrayInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 合并客户: one customer stays with the chosen values and everything the others had; all or nothing. */
@IntegrationTest
class CustomerMergeTest {
    static final String CODE = "91440300MA5F3L0P7" + io.qike.crm.dedup.CreditCodes.checkChar("91440300MA5F3L0P7");

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired CustomerMerges merges;
    @Autowired ContactService contacts;
    @Autowired SalesRecordService records;
    @Autowired CustomFields customFields;
    @Autowired CompanyKeyRepository companyKeys;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    TestTenant t;
    Api admin;
    long survivor;
    long merged;
    long contact;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        fixtures.asRun(t.adminId(), () -> customFields.define(CustomObject.CUSTOMER, "grade", "行业等级", FieldType.SINGLE_SELECT,
                List.of("金牌", "银牌"), false, false, true));
        survivor = admin.post("/api/v1/customers", Api.json(Map.of("name", "深圳华彩文化传媒有限公司", "phone", "0755-26781234",
                "level", "A", "custom", Map.of("grade", "银牌")))).json().get("id").asLong();
        merged = admin.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "深圳华彩文化传媒（集团）有限公司",
                "creditCode", CODE, "phone", "0755-26789999", "level", "B", "custom", Map.of("grade", "金牌")))).json().get("id").asLong();
        contact = fixtures.as(t.adminId(), () -> contacts.create(new ContactDraft(merged, "刘洋", "13800138000", null, "总经理", null, null, Map.of())));
        byte[] note = "报价单已发送".getBytes(StandardCharsets.UTF_8);
        fixtures.as(t.adminId(), () -> records.create(new SalesRecordDraft(merged, contact, "VISIT", "上门拜访", "2026-11-20T10:00", Map.of()),
                List.of(new Upload("拜访纪要.txt", note.length, () -> new ByteArrayInputStream(note)))));
        fixtures.asRun(t.adminId(), () -> customers.recordRegistryData(merged, "qichacha", Map.of("Name", "深圳华彩文化传媒（集团）有限公司"),
                OffsetDateTime.parse("2026-11-01T08:00:00Z")));
        TenantContext.runAs(t.tenantId(), () -> companyKeys.remember("qcc-key-huacai", merged));
    }

    @Test
    void theSurvivorKeepsTheChosenValuesAndGetsContactsRecordsAttachmentsRegistryAndIntelOfTheOther() throws Exception {
        Api.Response r = admin.post("/api/v1/customers/merges", Api.json(Map.of("survivorId", survivor, "mergedIds", List.of(merged),
                "values", Map.of("creditCode", merged, "phone", merged, "custom.grade", merged))));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asLong()).isEqualTo(survivor);
        assertThat(r.json().get("name").asString()).isEqualTo("深圳华彩文化传媒有限公司");
        assertThat(r.json().get("creditCode").asString()).isEqualTo(CODE);
        assertThat(r.json().get("phone").asString()).isEqualTo("0755-26789999");
        assertThat(r.json().get("level").asString()).isEqualTo("A");
        assertThat(r.json().get("custom").get("grade").asString()).isEqualTo("金牌");
        assertThat(r.json().get("registryProvider").asString()).isEqualTo("qichacha");

        assertThat(admin.get("/api/v1/customers/" + merged).status()).isEqualTo(404);
        assertThat(fixtures.as(t.adminId(), () -> contacts.get(contact).customerId())).isEqualTo(survivor);
        List<SalesRecord> moved = fixtures.as(t.adminId(), () -> records.forCustomer(survivor, 10));
        assertThat(moved).singleElement().satisfies(rec -> {
            assertThat(rec.content()).isEqualTo("上门拜访");
            assertThat(rec.attachments()).extracting(SalesRecord.Attachment::fileName).containsExactly("拜访纪要.txt");
        });
        assertThat(TenantContext.callAs(t.tenantId(), () -> companyKeys.customersOf(List.of("qcc-key-huacai"))))
                .containsEntry("qcc-key-huacai", survivor);

        List<Map<String, Object>> audit = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select object_id, object_name, changes::text as changes from audit_log where action = 'MERGE'").query().listOfRows());
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(((Number) e.get("object_id")).longValue()).isEqualTo(survivor);
            assertThat(e.get("changes").toString()).contains("深圳华彩文化传媒（集团）有限公司").contains("深圳华彩文化传媒有限公司");
        });

        // The merged customer's old page leads to the survivor.
        var old = mvc.perform(get("/customers/" + merged).with(user(fixtures.user(t.adminId())))).andReturn().getResponse();
        assertThat(old.getStatus()).isEqualTo(302);
        assertThat(old.getRedirectedUrl()).isEqualTo("/customers/" + survivor);
    }

    @Test
    void theMergePageShowsTheFieldsThatDifferWithTheirLabelsInBothLanguages() throws Exception {
        var who = user(fixtures.user(t.adminId()));
        String zh = mvc.perform(get("/customers/merge").param("ids", String.valueOf(merged), String.valueOf(survivor)).with(who))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(zh);
        assertThat(page.select("tr.merge-field").eachAttr("data-field"))
                .containsExactly("name", "creditCode", "phone", "level", "custom.grade", "registry");
        assertThat(page.selectFirst("tr[data-field=level]").text()).contains("A 重点", "B 普通");
        assertThat(page.selectFirst("tr[data-field='custom.grade']").text()).contains("行业等级", "金牌", "银牌");
        assertThat(page.selectFirst("tr[data-field=registry]").text()).contains("企查查").doesNotContain("qichacha");
        assertThat(page.select("#merge-survivor input[checked]").eachAttr("value")).containsExactly(String.valueOf(merged));
        assertThat(zh).doesNotContain("??");
        String en = mvc.perform(get("/customers/merge").param("ids", String.valueOf(merged), String.valueOf(survivor)).with(who)
                .cookie(new jakarta.servlet.http.Cookie("qike-lang", "en"))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(en).selectFirst("h2.page-title").text()).isEqualTo("Merge customers");
        assertThat(en).doesNotContain("??");
    }

    @Test
    void aUserWithoutTheMergeRightGets403AndNothingChanges() {
        Api rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        long mine = rep.post("/api/v1/customers", Api.json(Map.of("name", "成都蜀信医疗器械有限公司"))).json().get("id").asLong();
        long mineToo = rep.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", "成都蜀信医疗器械（集团）有限公司")))
                .json().get("id").asLong();
        Api.Response r = rep.post("/api/v1/customers/merges", Api.json(Map.of("survivorId", mine, "mergedIds", List.of(mineToo))));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(rep.get("/api/v1/customers/" + mineToo).status()).isEqualTo(200);
        assertThat(rep.get("/api/v1/customers/" + mine).status()).isEqualTo(200);
    }

    @Test
    void aManagerCannotMergeACustomerOutsideTheirScope() {
        Api manager = new Api(port).login(t.login("manager"), TestFixtures.PASSWORD);
        long ofTheTeam = manager.post("/api/v1/customers", Api.json(Map.of("name", "武汉长江新材料股份有限公司", "ownerId", t.rep1Id())))
                .json().get("id").asLong();
        long elsewhere = fixtures.as(t.rep2Id(), () -> customers.create(CustomerDraft.named("武汉长江新材料科技有限公司")).id());
        Api.Response r = manager.post("/api/v1/customers/merges", Api.json(Map.of("survivorId", ofTheTeam, "mergedIds", List.of(elsewhere))));
        assertThat(r.status()).isEqualTo(404);
        assertThat(fixtures.as(t.rep2Id(), () -> customers.get(elsewhere).name())).isEqualTo("武汉长江新材料科技有限公司");
    }

    @Test
    void aMergeFailingHalfWayLeavesBothCustomersAsTheyWere() {
        FailingMergeParticipant.FAIL_FROM.add(merged);
        try {
            assertThatThrownBy(() -> fixtures.as(t.adminId(), () -> merges.merge(new CustomerMerge(survivor, List.of(merged),
                    Map.of("phone", merged, "registry", merged)))))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            FailingMergeParticipant.FAIL_FROM.remove(merged);
        }
        assertThat(admin.get("/api/v1/customers/" + merged).json().get("name").asString()).isEqualTo("深圳华彩文化传媒（集团）有限公司");
        Customer kept = fixtures.as(t.adminId(), () -> customers.get(survivor));
        assertThat(kept.phone()).isEqualTo("0755-26781234");
        assertThat(kept.registryProvider()).isNull();
        assertThat(fixtures.as(t.adminId(), () -> contacts.get(contact).customerId())).isEqualTo(merged);
        assertThat(fixtures.as(t.adminId(), () -> records.forCustomer(merged, 10))).hasSize(1);
        assertThat(TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from audit_log where action = 'MERGE'")
                .query(Long.class).single())).isZero();
    }

    @Test
    void badChoicesAreRefusedAsProblemJsonAndNothingChanges() {
        Api.Response itself = admin.language("en").post("/api/v1/customers/merges",
                Api.json(Map.of("survivorId", survivor, "mergedIds", List.of(survivor))));
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.contentType()).startsWith("application/problem+json");
        assertThat(itself.json().get("errors").findValuesAsString("field")).containsExactly("mergedIds");

        Api.Response unknownField = admin.post("/api/v1/customers/merges", Api.json(Map.of("survivorId", survivor,
                "mergedIds", List.of(merged), "values", Map.of("shoeSize", merged, "phone", 424242))));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("values.shoeSize", "values.phone");
        assertThat(admin.get("/api/v1/customers/" + merged).status()).isEqualTo(200);
    }
}
