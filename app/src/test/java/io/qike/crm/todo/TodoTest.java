package io.qike.crm.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.lead.LeadAssigned;
import io.qike.crm.notify.Notification;
import io.qike.crm.notify.Notifications;
import io.qike.crm.platform.InvalidInputException;
import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.pool.CustomerRecycleWarned;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class TodoTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired TodoService todos;
    @Autowired TodoReminders reminders;
    @Autowired Notifications notifications;
    @Autowired CustomerService customers;
    @Autowired io.qike.crm.contact.ContactService contacts;
    @Autowired SalesRecordService records;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired EnterpriseTime time;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;
    @LocalServerPort int port;
    TestTenant t;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
    }

    private Api api(String who) {
        return new Api(port).login(t.login(who), TestFixtures.PASSWORD);
    }

    private static TodoDraft draft(String title, String type, Long subjectId, Long assignee) {
        return new TodoDraft(title, null, type, subjectId, null, null, assignee, null);
    }

    private List<Notification> reminded(long userId) {
        return fixtures.as(userId, () -> notifications.mine(false, 0, 100).items()).stream()
                .filter(n -> n.kind().equals(TodoReminders.KIND)).toList();
    }

    @Test
    void aRepKeepsToDosOnTheirCustomerTicksThemDoneAndNobodyOutsideTheirScopeSeesThem() {
        long mine = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named(t.prefix() + "待办科技有限公司")).id());
        long others = fixtures.as(t.rep2Id(), () -> customers.create(CustomerDraft.named(t.prefix() + "别人科技有限公司")).id());
        Api rep1 = api("rep1");

        Api.Response created = rep1.post("/api/v1/todos", "{\"title\":\"寄送报价单\",\"subjectType\":\"CUSTOMER\",\"subjectId\":" + mine
                + ",\"dueAt\":\"" + time.startOf(time.today()).plusHours(15) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("subjectLabel").asString()).isEqualTo(t.prefix() + "待办科技有限公司");
        assertThat(created.json().get("assigneeId").asLong()).isEqualTo(t.rep1Id());
        assertThat(titles(rep1.get("/api/v1/todos?view=TODAY"))).contains("寄送报价单");

        // On a contact of the rep's too.
        long contact = fixtures.as(t.rep1Id(), () -> contacts.create(new io.qike.crm.contact.ContactDraft(mine, "孙采购", null, null, null,
                null, null, Map.of())));
        Api.Response onContact = rep1.post("/api/v1/todos", "{\"title\":\"约孙采购吃饭\",\"subjectType\":\"CONTACT\",\"subjectId\":" + contact + "}");
        assertThat(onContact.status()).as(onContact.body()).isEqualTo(201);
        assertThat(onContact.json().get("subjectLabel").asString()).isEqualTo("孙采购");
        assertThat(onContact.json().get("subjectPath").asString()).isEqualTo("/contacts/" + contact);
        assertThat(fixtures.as(t.rep1Id(), () -> todos.forSubject("CONTACT", contact))).extracting(Todo::title).containsExactly("约孙采购吃饭");

        // Done: off today's list, on the done list; the section of the customer shows it too.
        Api.Response done = rep1.post("/api/v1/todos/" + id + "/done", "");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("doneAt").isNull()).isFalse();
        assertThat(titles(rep1.get("/api/v1/todos?view=TODAY"))).doesNotContain("寄送报价单");
        assertThat(titles(rep1.get("/api/v1/todos?view=DONE"))).contains("寄送报价单");

        // Not for someone outside one's scope, nor on a customer one does not see.
        Api.Response forRep2 = rep1.post("/api/v1/todos", "{\"title\":\"替别人安排\",\"assigneeId\":" + t.rep2Id() + "}");
        assertThat(forRep2.status()).isEqualTo(400);
        assertThat(forRep2.body()).contains("assigneeId");
        Api.Response onOthers = rep1.post("/api/v1/todos", "{\"title\":\"看别人的客户\",\"subjectType\":\"CUSTOMER\",\"subjectId\":" + others + "}");
        assertThat(onOthers.status()).isEqualTo(400);
        assertThat(onOthers.body()).contains("subjectId");

        // Another rep does not see it at all (404), a manager of the rep's department does.
        Api rep2 = api("rep2");
        assertThat(rep2.get("/api/v1/todos/" + id).status()).isEqualTo(404);
        assertThat(rep2.post("/api/v1/todos/" + id + "/done?done=false", "").status()).isEqualTo(404);
        assertThat(rep2.delete("/api/v1/todos/" + id).status()).isEqualTo(404);
        assertThat(titles(rep2.get("/api/v1/todos?view=DONE&mine=false"))).doesNotContain("寄送报价单");
        Api manager = api("manager");
        assertThat(manager.get("/api/v1/todos/" + id).status()).isEqualTo(200);
        assertThat(titles(manager.get("/api/v1/todos?view=DONE&mine=false"))).contains("寄送报价单");
        assertThat(titles(manager.get("/api/v1/todos?view=DONE"))).doesNotContain("寄送报价单");

        // The manager gives a rep of their team a to-do; the rep sees it as theirs.
        Api.Response given = manager.post("/api/v1/todos", "{\"title\":\"周五前回访\",\"assigneeId\":" + t.rep1Id() + "}");
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(titles(rep1.get("/api/v1/todos?view=UPCOMING"))).contains("周五前回访");
        assertThat(manager.post("/api/v1/todos", "{\"title\":\"外部门\",\"assigneeId\":" + t.rep2Id() + "}").status()).isEqualTo(400);

        // Changes are audited; an edit over someone else's newer one is a conflict.
        long gid = given.json().get("id").asLong();
        assertThat(rep1.put("/api/v1/todos/" + gid, "{\"title\":\"周四前回访\",\"version\":0}").status()).isEqualTo(200);
        assertThat(manager.put("/api/v1/todos/" + gid, "{\"title\":\"周三前回访\",\"version\":0}").status()).isEqualTo(409);
        Long audited = TenantContext.callAs(t.tenantId(), () -> tx.execute(s -> jdbc.sql(
                "select count(*) from audit_log where object_type = 'TODO' and object_id = ?").param(gid).query(Long.class).single()));
        assertThat(audited).isEqualTo(2);
        assertThat(rep1.delete("/api/v1/todos/" + gid).status()).isEqualTo(204);
        assertThat(rep1.get("/api/v1/todos/" + gid).status()).isEqualTo(404);
    }

    @Test
    void aReminderFiresOnceHoweverOftenAndFromHowManyThreadsTheRunComes() throws Exception {
        // Reminders a day ahead, runs as if two days had passed: the real schedule (now) does not take them.
        OffsetDateTime remindAt = OffsetDateTime.now().plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime later = remindAt.plusDays(1);
        long once = fixtures.as(t.rep1Id(), () -> todos.create(new TodoDraft("给客户回电话", null, null, null, null,
                remindAt.toString(), null, null)));
        assertThat(reminded(t.rep1Id())).isEmpty();
        reminders.runAt(remindAt.minusMinutes(1)); // not yet due
        assertThat(reminded(t.rep1Id())).isEmpty();

        reminders.runAt(later);
        reminders.runAt(later); // a second run, after the first committed (a restart, or the next minute): nothing more
        assertThat(reminded(t.rep1Id())).singleElement().satisfies(n -> {
            assertThat(n.title()).contains("给客户回电话");
            assertThat(n.link()).isEqualTo("/todos/" + once);
        });

        // Two nodes at the same moment: one notification.
        fixtures.as(t.rep2Id(), () -> todos.create(new TodoDraft("准备投标文件", null, null, null, null, remindAt.toString(), null, null)));
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return reminders.runAt(later);
        })).toList();
        runs.forEach(CompletableFuture::join);
        assertThat(reminded(t.rep2Id())).singleElement().satisfies(n -> assertThat(n.title()).contains("准备投标文件"));

        // A to-do done before its reminder is not reminded.
        long doneFirst = fixtures.as(t.rep1Id(), () -> todos.create(new TodoDraft("已办完", null, null, null, null, remindAt.toString(), null, null)));
        fixtures.asRun(t.rep1Id(), () -> todos.done(doneFirst, true));
        reminders.runAt(later);
        assertThat(reminded(t.rep1Id())).hasSize(1);
    }

    @Test
    void systemToDosFromLeadAssignmentRecycleWarningsAndPlannedFollowUpsAreMadeOncePerEvent() {
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named(t.prefix() + "将收回有限公司")).id());
        String lead = t.prefix() + "线索公司";
        LocalDate recycleOn = time.today(t.tenantId()).plusDays(3);
        for (int i = 0; i < 2; i++) { // published twice: one to-do each
            publish(new LeadAssigned(t.tenantId(), 4242L, lead, t.rep1Id(), t.managerId()));
            publish(new CustomerRecycleWarned(t.tenantId(), customer, t.prefix() + "将收回有限公司", t.rep1Id(), 7L, 9L, recycleOn));
        }
        // 下次跟进时间 on a sales record: the author's to-do 跟进客户, due then.
        OffsetDateTime next = time.startOf(time.today(t.tenantId()).plusDays(5)).plusHours(10);
        fixtures.as(t.rep1Id(), () -> records.create(new SalesRecordDraft(customer, null, "CALL", "电话沟通，下周再约。", null, Map.of(),
                time.local(next).toLocalDateTime().toString()), List.of()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(outstanding(lead)).isZero();
            assertThat(outstanding(t.prefix() + "将收回有限公司")).isZero();
            List<Todo> all = fixtures.as(t.rep1Id(), () -> {
                org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE); // the reader's language
                List<Todo> out = new java.util.ArrayList<>();
                for (String v : TodoService.VIEWS) out.addAll(todos.list(v, true, 100));
                org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
                return out;
            });
            assertThat(all).extracting(Todo::title).containsExactlyInAnyOrder("跟进分配给你的线索 " + lead,
                    "客户 " + t.prefix() + "将收回有限公司 将于 " + recycleOn + " 被收回公海", "跟进客户 " + t.prefix() + "将收回有限公司");
            assertThat(all).filteredOn(x -> x.title().startsWith("客户 ")).singleElement().satisfies(x -> {
                assertThat(x.dueAt().toInstant()).isEqualTo(time.startOf(recycleOn).toInstant());
                assertThat(x.subjectLabel()).isEqualTo(t.prefix() + "将收回有限公司");
                assertThat(x.system()).isTrue();
            });
            assertThat(all).filteredOn(x -> x.title().startsWith("跟进客户")).singleElement().satisfies(x -> {
                assertThat(x.dueAt().toInstant()).isEqualTo(next.toInstant());
                assertThat(x.remindAt().toInstant()).isEqualTo(next.toInstant());
            });
        });
        // Moving a system to-do's due time keeps its title a message, read in the reader's language (here English).
        Todo lead1 = fixtures.as(t.rep1Id(), () -> todos.list("TODAY", true, 100)).stream().filter(x -> x.subjectType().equals("LEAD")).findFirst().orElseThrow();
        fixtures.asRun(t.rep1Id(), () -> todos.update(lead1.id(), new TodoDraft(lead1.title(), null, null, null,
                time.local(next).toLocalDateTime().toString(), null, null, null)));
        assertThat(api("rep1").language("en").get("/api/v1/todos/" + lead1.id()).json().get("title").asString())
                .isEqualTo("Follow up the lead " + lead + " assigned to you");

        // 下次跟进时间 through the API too; a wrong one is refused as the field's problem.
        Api.Response wrong = api("rep1").post("/api/v1/sales-records", "{\"customerId\":" + customer
                + ",\"type\":\"CALL\",\"content\":\"再约\",\"nextFollowUpAt\":\"下周\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("nextFollowUpAt");
    }

    @Test
    void aSubjectsSectionAnswersNotFoundForARecordOutsideTheScope() {
        long others = fixtures.as(t.rep2Id(), () -> customers.create(CustomerDraft.named(t.prefix() + "看不见有限公司")).id());
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> todos.forSubject("CUSTOMER", others))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(t.rep1Id(), () -> todos.create(draft("", null, null, null))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onThePhoneAMemberSeesTheirToDosAndTicksOneDone() throws Exception {
        long id = fixtures.as(t.rep1Id(), () -> todos.create(new TodoDraft("拜访前先打电话", null, null, null,
                time.startOf(time.today(t.tenantId())).plusHours(20).toString(), null, null, null)));
        var rep1 = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(fixtures.user(t.rep1Id()));
        var rep2 = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(fixtures.user(t.rep2Id()));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        assertThat(page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/h5").with(rep1)).select("a[href='/h5/todos']"))
                .as("the H5 entry 待办事项").isNotEmpty();
        org.jsoup.nodes.Document list = page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/h5/todos").with(rep1));
        assertThat(list.select("#todo-" + id + " .h5-todo-title").text()).isEqualTo("拜访前先打电话");
        assertThat(list.select("#todo-" + id + " .h5-todo-done").hasAttr("checked")).isFalse();
        org.jsoup.nodes.Document row = page(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/h5/todos/" + id + "/done").param("done", "true").with(rep1).with(csrf));
        assertThat(row.select(".h5-todo-done").hasAttr("checked")).isTrue();
        assertThat(fixtures.as(t.rep1Id(), () -> todos.get(id)).done()).isTrue();
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/h5/todos/" + id + "/done")
                .param("done", "false").with(rep2).with(csrf)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private org.jsoup.nodes.Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return org.jsoup.Jsoup.parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> titles(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new java.util.ArrayList<>();
        r.json().forEach(n -> out.add(n.get("title").asString()));
        return out;
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private long outstanding(String text) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%" + text + "%").query(Long.class).single();
    }
}
