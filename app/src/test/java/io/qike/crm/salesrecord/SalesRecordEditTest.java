package io.qike.crm.salesrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.todo.Todo;
import io.qike.crm.todo.TodoService;
import java.time.Duration;
import java.time.OffsetDateTime;
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
    @Autowired io.qike.crm.lead.LeadService leads;
    @Autowired TodoService todos;
    @Autowired EnterpriseTime time;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
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

    @Test
    void onALeadsPageTheAuthorAttachesEditsAndDeletesARecordWhichAnotherRepCannotReach() throws Exception {
        long lead = fixtures.as(t.rep1Id(), () -> leads.create(new io.qike.crm.lead.LeadDraft("宁波页面线索有限公司", "王经理", "13700137001",
                null, "WEBSITE", "浙江", null, null, null, Map.of())));
        QikeUser rep1 = fixtures.user(t.rep1Id());
        QikeUser rep2 = fixtures.user(t.rep2Id());
        Document detail = html(mvc.perform(get("/leads/" + lead).with(user(rep1))).andReturn());
        assertThat(detail.select("#lead-records #sales-records").attr("hx-get")).isEqualTo("/leads/" + lead + "/records");

        // The composer on the lead takes files as on a customer; a lead has no contacts and no 下次跟进时间 yet.
        Document created = html(mvc.perform(multipart("/leads/" + lead + "/records")
                .file(new MockMultipartFile("files", "产品资料.png", "image/png", SalesRecordTest.PNG))
                .param("type", "CALL").param("content", "电话沟通了包装需求").with(user(rep1)).with(csrf())).andReturn());
        assertThat(created.select("#record-composer [name=contactId], #record-composer [name=nextFollowUpAt]")).isEmpty();
        SalesRecord record = fixtures.as(t.rep1Id(), () -> records.forLead(lead, 10)).get(0);
        assertThat(record.customerId()).isNull();
        assertThat(record.leadId()).isEqualTo(lead);
        String link = "/sales-records/" + record.id() + "/attachments/" + record.attachments().get(0).id();
        assertThat(created.select("#record-" + record.id() + " .attachment-link").attr("href")).isEqualTo(link);
        MvcResult download = mvc.perform(get(link).with(user(rep1))).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(SalesRecordTest.PNG);
        assertThat(created.select("#record-" + record.id() + " .edit-record").attr("hx-get"))
                .isEqualTo("/leads/" + lead + "/records/" + record.id() + "/edit");

        // rep2 does not see the lead: every path to its record is 404, the download too.
        assertThat(mvc.perform(get(link).with(user(rep2))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/leads/" + lead + "/records").with(user(rep2))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/leads/" + lead + "/records/" + record.id() + "/edit").with(user(rep2))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(multipart("/leads/" + lead + "/records/" + record.id()).param("content", "越权修改").with(user(rep2)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        // (Deleting takes salesrecord:delete, which sales reps do not hold: 403 before any record is looked at.)
        assertThat(mvc.perform(multipart("/leads/" + lead + "/records/" + record.id() + "/delete").with(user(rep2)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        Document form = html(mvc.perform(get("/leads/" + lead + "/records/" + record.id() + "/edit").with(user(rep1))).andReturn());
        assertThat(form.select("#record-edit-" + record.id() + " textarea[name=content]").text()).isEqualTo("电话沟通了包装需求");
        assertThat(form.select("#record-edit-" + record.id()).attr("hx-post")).isEqualTo("/leads/" + lead + "/records/" + record.id());
        Document saved = html(mvc.perform(multipart("/leads/" + lead + "/records/" + record.id())
                .file(new MockMultipartFile("files", "报价单.png", "image/png", SalesRecordTest.PNG))
                .param("type", "VISIT").param("content", "上门拜访，客户要报价").param("occurredAt", "2026-11-21T15:30")
                .param("removeAttachments", String.valueOf(record.attachments().get(0).id()))
                .with(user(rep1)).with(csrf()).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn());
        assertThat(saved.select("#record-" + record.id() + " .record-content").text()).isEqualTo("上门拜访，客户要报价");
        assertThat(saved.select("#record-" + record.id() + " .attachment-link").eachText()).containsExactly("报价单.png");
        assertThat(saved.text()).contains("2026-11-21 15:30");
        assertThat(fixtures.as(t.rep1Id(), () -> records.get(record.id())).leadId()).as("still the lead's").isEqualTo(lead);

        // The manager (department and below) sees rep1's lead and may delete its records.
        QikeUser manager = fixtures.user(t.managerId());
        Document managers = html(mvc.perform(get("/leads/" + lead + "/records").with(user(manager))).andReturn());
        assertThat(managers.select("#record-" + record.id() + " .delete-record").attr("hx-post"))
                .isEqualTo("/leads/" + lead + "/records/" + record.id() + "/delete");
        Document afterDelete = html(mvc.perform(multipart("/leads/" + lead + "/records/" + record.id() + "/delete").with(user(manager)).with(csrf()))
                .andReturn());
        assertThat(afterDelete.select(".sales-record")).isEmpty();
        assertThat(fixtures.as(t.rep1Id(), () -> records.forLead(lead, 10))).isEmpty();
        String audit = TenantContext.callAs(t.tenantId(), () -> tx.execute(s -> jdbc.sql(
                "select string_agg(action, ',' order by id) from audit_log where object_type = 'SALES_RECORD' and object_id = ?")
                .param(record.id()).query(String.class).single()));
        assertThat(audit).isEqualTo("CREATE,UPDATE,DELETE");
    }

    @Test
    void theNextFollowUpIsSetMovedAndClearedByEditsAndItsToDoFollowsWithoutASecondOne() throws Exception {
        QikeUser rep1 = fixtures.user(t.rep1Id());
        OffsetDateTime first = time.startOf(time.today(t.tenantId()).plusDays(3)).plusHours(10);
        OffsetDateTime moved = first.plusDays(2).plusHours(5);
        String firstLocal = fixtures.as(t.rep1Id(), () -> time.local(first).toLocalDateTime().toString());

        // Set on the edit form (none was planned when the record was written).
        Document saved = html(mvc.perform(multipart("/customers/" + customerId + "/records/" + recordId)
                .param("type", "CALL").param("content", "电话沟通，约下周拜访").param("nextFollowUpAt", firstLocal)
                .with(user(rep1)).with(csrf()).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn());
        assertThat(saved.select("#record-" + recordId + " .record-next-follow-up").text()).startsWith("下次跟进时间");
        Todo planned = await().atMost(Duration.ofSeconds(20)).until(this::openFollowUps, l -> l.size() == 1
                && l.get(0).dueAt().isEqual(first)).get(0);
        assertThat(planned.remindAt()).isEqualTo(planned.dueAt());
        Document edit = html(mvc.perform(get("/customers/" + customerId + "/records/" + recordId + "/edit").with(user(rep1))).andReturn());
        assertThat(edit.select("#record-edit-" + recordId + " [name=nextFollowUpAt]").val()).startsWith(firstLocal);

        // Moved through the API: the same to-do, due and reminded at the new time.
        MvcResult patched = mvc.perform(patch("/api/v1/sales-records/" + recordId).with(user(rep1)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nextFollowUpAt\":\"" + moved + "\"}")).andReturn();
        assertThat(patched.getResponse().getStatus()).as(patched.getResponse().getContentAsString()).isEqualTo(200);
        List<Todo> after = await().atMost(Duration.ofSeconds(20)).until(this::openFollowUps, l -> l.size() == 1
                && l.get(0).dueAt().isEqual(moved));
        assertThat(after.get(0).id()).as("moved, not a second to-do").isEqualTo(planned.id());
        assertThat(after.get(0).remindAt().toInstant()).isEqualTo(moved.toInstant());
        // The creation's event handed over again late (after a restart) changes nothing: the to-do follows the record's plan.
        tx.executeWithoutResult(s -> events.publishEvent(new FollowUpPlanned(t.tenantId(), recordId, customerId, t.rep1Id(), first)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(this::openFollowUps, l -> l.size() == 1
                && l.get(0).id() == planned.id() && l.get(0).dueAt().isEqual(moved));
        // A PATCH of other fields keeps the plan.
        mvc.perform(patch("/api/v1/sales-records/" + recordId).with(user(rep1)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\":\"电话沟通，改到周五拜访\"}")).andReturn();
        assertThat(fixtures.as(t.rep1Id(), () -> records.get(recordId)).nextFollowUpAt().toInstant()).isEqualTo(moved.toInstant());

        // Cleared (PUT with an empty time): the to-do goes.
        MvcResult cleared = mvc.perform(put("/api/v1/sales-records/" + recordId).with(user(rep1)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"CALL\",\"content\":\"客户暂缓\",\"nextFollowUpAt\":\"\"}")).andReturn();
        assertThat(cleared.getResponse().getStatus()).as(cleared.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(fixtures.as(t.rep1Id(), () -> records.get(recordId)).nextFollowUpAt()).isNull();
        await().atMost(Duration.ofSeconds(20)).until(this::openFollowUps, List::isEmpty);

        // Planned again on the form: one open to-do at that time.
        mvc.perform(multipart("/customers/" + customerId + "/records/" + recordId).param("type", "CALL").param("content", "客户暂缓")
                .param("nextFollowUpAt", firstLocal).with(user(rep1)).with(csrf())).andReturn();
        await().atMost(Duration.ofSeconds(20)).until(this::openFollowUps, l -> l.size() == 1 && l.get(0).dueAt().isEqual(first));
        // A wrong time is the field's problem.
        MvcResult wrong = mvc.perform(patch("/api/v1/sales-records/" + recordId).with(user(rep1)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nextFollowUpAt\":\"下周\"}")).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(wrong.getResponse().getContentAsString()).contains("nextFollowUpAt");
        // The record deleted: its follow-up goes with it.
        MvcResult deleted = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/sales-records/" + recordId)
                .with(user(fixtures.user(t.managerId())))).andReturn();
        assertThat(deleted.getResponse().getStatus()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(this::openFollowUps, List::isEmpty);
    }

    /** rep1's open 跟进客户 to-dos on the customer. */
    private List<Todo> openFollowUps() {
        return fixtures.as(t.rep1Id(), () -> {
            List<Todo> out = new java.util.ArrayList<>();
            for (String v : TodoService.VIEWS) out.addAll(todos.list(v, true, 100));
            return out.stream().filter(x -> !x.done() && "FOLLOW_UP".equals(x.systemKind()) && Long.valueOf(customerId).equals(x.subjectId()))
                    .toList();
        });
    }

    private static Document html(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }
}
