package io.qike.crm.salesrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** A sales record is corrected on the timeline by its author; a colleague without the right over others' records cannot. */
@IntegrationTest
class SalesRecordEditTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired SalesRecordService records;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    TestTenant t;
    long customerId;
    long recordId;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        customerId = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named("修改跟进有限公司")).id());
        recordId = fixtures.as(t.rep1Id(), () -> records.create(new SalesRecordDraft(customerId, null, "CALL", "电话沟通，约下周拜访",
                "2026-11-20T10:00", Map.of()), List.of(SalesRecordTest.upload("名片.png", SalesRecordTest.PNG))));
    }

    @Test
    void theAuthorEditsTheRecordInlineAndSeesTheNewTextOnTheTimeline() throws Exception {
        QikeUser rep1 = fixtures.user(t.rep1Id());
        Document timeline = html(mvc.perform(get("/customers/" + customerId + "/records").with(user(rep1))).andReturn());
        assertThat(timeline.select("#record-" + recordId + " .edit-record")).as("the author is offered the edit action").hasSize(1);

        Document form = html(mvc.perform(get("/customers/" + customerId + "/records/" + recordId + "/edit").with(user(rep1))).andReturn());
        assertThat(form.select("#record-edit-" + recordId + " textarea[name=content]").text()).isEqualTo("电话沟通，约下周拜访");
        long attachmentId = fixtures.as(t.rep1Id(), () -> records.get(recordId)).attachments().get(0).id();

        MvcResult saved = mvc.perform(multipart("/customers/" + customerId + "/records/" + recordId)
                .file(new MockMultipartFile("files", "报价单.png", "image/png", SalesRecordTest.PNG))
                .param("type", "VISIT").param("content", "上门拜访，客户同意试用").param("occurredAt", "2026-11-21T15:30")
                .param("removeAttachments", String.valueOf(attachmentId))
                .with(user(rep1)).with(csrf()).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn();
        Document after = html(saved);
        assertThat(after.select("#record-" + recordId + " .record-content").text()).isEqualTo("上门拜访，客户同意试用");
        assertThat(after.select("#record-" + recordId + " .badge").first().text()).isEqualTo("拜访");
        assertThat(after.select("#record-" + recordId + " .attachment-link").eachText()).containsExactly("报价单.png");
        assertThat(after.text()).contains("2026-11-21 15:30");

        String changes = TenantContext.callAs(t.tenantId(), () -> tx.execute(s -> jdbc.sql(
                "select changes::text from audit_log where object_type = 'SALES_RECORD' and action = 'UPDATE' and object_id = ?")
                .param(recordId).query(String.class).single()));
        assertThat(changes).contains("电话沟通，约下周拜访", "上门拜访，客户同意试用", "名片.png", "报价单.png");
    }

    @Test
    void anotherRepWithoutTheRightOverOthersRecordsGets403AndTheRecordStaysAsItWas() throws Exception {
        // The manager's role holds salesrecord:edit-others and corrects it.
        MvcResult manager = mvc.perform(put("/api/v1/sales-records/" + recordId).with(user(fixtures.user(t.managerId())))
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"CALL\",\"content\":\"经理补充：已电话确认\"}")).andReturn();
        assertThat(manager.getResponse().getStatus()).as(manager.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(fixtures.as(t.adminId(), () -> records.get(recordId).content())).isEqualTo("经理补充：已电话确认");

        // The customer passes to rep2, who now sees its timeline with rep1's record on it.
        fixtures.asRun(t.adminId(), () -> customers.update(customerId,
                customers.draftOf(customers.get(customerId)).toBuilder().ownerId(t.rep2Id()).build()));
        QikeUser rep2 = fixtures.user(t.rep2Id());
        Document timeline = html(mvc.perform(get("/customers/" + customerId + "/records").with(user(rep2))).andReturn());
        assertThat(timeline.select("#record-" + recordId + " .record-content").text()).isEqualTo("经理补充：已电话确认");
        assertThat(timeline.select("#record-" + recordId + " .edit-record")).as("no edit action on a colleague's record").isEmpty();

        MvcResult api = mvc.perform(put("/api/v1/sales-records/" + recordId).with(user(rep2)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"OTHER\",\"content\":\"改掉别人的记录\"}")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        MvcResult page = mvc.perform(multipart("/customers/" + customerId + "/records/" + recordId).param("content", "改掉别人的记录")
                .with(user(rep2)).with(csrf())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(403);
        assertThat(fixtures.as(t.adminId(), () -> records.get(recordId).content())).isEqualTo("经理补充：已电话确认");
    }

    @Test
    void theApiDocumentDescribesTheEdit() throws Exception {
        MvcResult docs = mvc.perform(get("/v3/api-docs").with(user(fixtures.user(t.adminId())))).andReturn();
        assertThat(docs.getResponse().getStatus()).isEqualTo(200);
        tools.jackson.databind.JsonNode put = new tools.jackson.databind.json.JsonMapper().readTree(docs.getResponse().getContentAsString())
                .get("paths").get("/api/v1/sales-records/{id}").get("put");
        assertThat(put).as("PUT /api/v1/sales-records/{id}").isNotNull();
        tools.jackson.databind.JsonNode content = put.get("requestBody").get("content");
        assertThat(content.has("application/json") && content.has("multipart/form-data")).as(content.toString()).isTrue();
    }

    private static Document html(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
