package io.qike.crm.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.lead.LeadDraft;
import io.qike.crm.lead.LeadService;
import io.qike.crm.opportunity.OpportunityDraft;
import io.qike.crm.opportunity.OpportunityService;
import io.qike.crm.platform.org.EnterpriseTime;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 新建待办 on the phone: from the to-do list, from a record's H5 page, refused input, and a record one may not see. */
@IntegrationTest
class TodoH5PagesTest {
    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired TodoService todos;
    @Autowired CustomerService customers;
    @Autowired LeadService leads;
    @Autowired OpportunityService opportunities;
    @Autowired EnterpriseTime time;
    TestTenant t;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
    }

    @Test
    void aMemberCreatesAToDoFromTheListAndFindsItUnderItsGroupAndAManagerGivesOneToTheirRep() throws Exception {
        Document list = page(t.rep1Id(), get("/h5/todos"));
        assertThat(list.select("#h5-new-todo").attr("href")).isEqualTo("/h5/todos/new");
        Document form = page(t.rep1Id(), get("/h5/todos/new"));
        assertThat(form.select("#h5-todo-form input[name=dueAt]").attr("type")).isEqualTo("datetime-local");
        assertThat(form.select("#h5-todo-form input[name=_csrf]")).as("the form carries its CSRF token").isNotEmpty();
        assertThat(form.select("#h5-todo-assignee")).as("a rep who sees only themselves has no one else to choose").isEmpty();

        // Tonight at eight, reminded at seven: typed on the enterprise's clock (datetime-local).
        LocalDateTime due = time.today(t.tenantId()).atTime(20, 0), remind = due.minusHours(1);
        String dueText = due.toString(), remindText = remind.toString();
        MvcResult saved = mvc.perform(post("/h5/todos").with(csrf()).with(user(fixtures.user(t.rep1Id())))
                .param("title", "给王总回电话").param("dueAt", dueText).param("remindAt", remindText)
                .param("subjectType", "").param("subjectId", "")).andReturn();
        long id = fixtures.as(t.rep1Id(), () -> todos.list("TODAY", true, 100)).stream()
                .filter(x -> x.title().equals("给王总回电话")).findFirst().orElseThrow().id();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/h5/todos#todo-" + id);
        assertThat(saved.getFlashMap().get("flash")).isEqualTo("todo.h5.created");
        Todo stored = fixtures.as(t.rep1Id(), () -> todos.get(id));
        assertThat(stored.assigneeId()).isEqualTo(t.rep1Id());
        assertThat(stored.dueAt().toInstant()).isEqualTo(fixtures.as(t.rep1Id(), () -> time.fromLocal(due)).toInstant());
        assertThat(stored.remindAt().toInstant()).isEqualTo(fixtures.as(t.rep1Id(), () -> time.fromLocal(remind)).toInstant());

        Document after = page(t.rep1Id(), get("/h5/todos"));
        assertThat(after.select("#h5-todos-TODAY + .list-group .h5-todo-title").eachText()).containsExactly("给王总回电话");
        assertThat(after.select("#h5-todos-UPCOMING + .list-group .h5-todo-title")).isEmpty();

        // A manager chooses among their team (themselves by default), as on the web form.
        Document managers = page(t.managerId(), get("/h5/todos/new"));
        assertThat(managers.select("#h5-todo-assignee option").eachAttr("value")).contains("" + t.rep1Id(), "" + t.managerId())
                .doesNotContain("" + t.rep2Id());
        assertThat(managers.select("#h5-todo-assignee option[selected]").attr("value")).isEqualTo("" + t.managerId());
        MvcResult given = mvc.perform(post("/h5/todos").with(csrf()).with(user(fixtures.user(t.managerId())))
                .param("title", "下周回访老客户").param("assigneeId", "" + t.rep1Id())).andReturn();
        assertThat(given.getResponse().getRedirectedUrl()).startsWith("/h5/todos#todo-");
        assertThat(page(t.rep1Id(), get("/h5/todos")).select("#h5-todos-UPCOMING + .list-group .h5-todo-title").eachText())
                .containsExactly("下周回访老客户");
    }

    @Test
    void fromARecordsH5PageTheFormHasTheRecordSetAndTheToDoShowsIt() throws Exception {
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named(t.prefix() + "手机待办有限公司")).id());
        String link = page(t.rep1Id(), get("/h5/customers/" + customer)).select("#h5-new-todo").attr("href");
        assertThat(link).isEqualTo("/h5/todos/new?subjectType=CUSTOMER&subjectId=" + customer);

        Document form = page(t.rep1Id(), get(link));
        assertThat(form.select("#h5-todo-subject").text()).contains("客户", t.prefix() + "手机待办有限公司");
        assertThat(form.select("#h5-todo-cancel").attr("href")).isEqualTo("/h5/customers/" + customer);
        MvcResult saved = mvc.perform(post("/h5/todos").with(csrf()).with(user(fixtures.user(t.rep1Id())))
                .param("title", "送样品").param("subjectType", "CUSTOMER").param("subjectId", "" + customer)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/h5/todos#todo-");
        assertThat(fixtures.as(t.rep1Id(), () -> todos.forSubject("CUSTOMER", customer))).extracting(Todo::title).containsExactly("送样品");
        Document list = page(t.rep1Id(), get("/h5/todos"));
        assertThat(list.select(".h5-todo:contains(送样品) a[href=/h5/customers/" + customer + "]").text())
                .isEqualTo(t.prefix() + "手机待办有限公司");

        // The lead's and the opportunity's H5 pages offer the same form on themselves.
        long lead = fixtures.as(t.rep1Id(), () -> leads.create(new LeadDraft(t.prefix() + "手机线索有限公司", "周经理", "13700137000", null,
                "WEBSITE", "杭州", null, null, null, Map.of())));
        assertThat(page(t.rep1Id(), get("/h5/leads/" + lead)).select("#h5-new-todo").attr("href"))
                .isEqualTo("/h5/todos/new?subjectType=LEAD&subjectId=" + lead);
        long deal = fixtures.as(t.rep1Id(), () -> opportunities.create(OpportunityDraft.of(customer, "手机商机", BigDecimal.TEN)));
        String dealLink = page(t.rep1Id(), get("/h5/opportunities/" + deal)).select("#h5-new-todo").attr("href");
        assertThat(dealLink).isEqualTo("/h5/todos/new?subjectType=OPPORTUNITY&subjectId=" + deal);
        assertThat(page(t.rep1Id(), get(dealLink)).select("#h5-todo-subject").text()).contains("商机", "手机商机");
        mvc.perform(post("/h5/todos").with(csrf()).with(user(fixtures.user(t.rep1Id())))
                .param("title", "准备报价").param("subjectType", "OPPORTUNITY").param("subjectId", "" + deal)).andReturn();
        assertThat(fixtures.as(t.rep1Id(), () -> todos.forSubject("OPPORTUNITY", deal))).extracting(Todo::title).containsExactly("准备报价");
    }

    @Test
    void aMissingTitleAndAWrongTimeAreShownUnderTheirFieldsWithTheInputKept() throws Exception {
        long customer = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named(t.prefix() + "缺标题有限公司")).id());
        Document refused = page(t.rep1Id(), post("/h5/todos").with(csrf()).param("title", " ").param("dueAt", "明天下午")
                .param("remindAt", "2027-01-05T09:30").param("subjectType", "CUSTOMER").param("subjectId", "" + customer));
        assertThat(refused.select("#h5-todo-title").hasClass("is-invalid")).isTrue();
        assertThat(refused.select("#h5-todo-title + .invalid-feedback").text()).isEqualTo("必填");
        assertThat(refused.select("#h5-todo-due + .invalid-feedback").text()).isNotBlank();
        assertThat(refused.select("#h5-todo-remind").hasClass("is-invalid")).isFalse();
        assertThat(refused.select("#h5-todo-remind").attr("value")).isEqualTo("2027-01-05T09:30");
        assertThat(refused.select("#h5-todo-subject").text()).contains(t.prefix() + "缺标题有限公司");
        assertThat(refused.select("input[name=subjectId]").attr("value")).isEqualTo("" + customer);
        assertThat(fixtures.as(t.rep1Id(), () -> todos.forSubject("CUSTOMER", customer))).isEmpty();
    }

    @Test
    void anotherRepsCustomerIsNotThereForTheForm() throws Exception {
        long others = fixtures.as(t.rep2Id(), () -> customers.create(CustomerDraft.named(t.prefix() + "别人的手机客户有限公司")).id());
        assertThat(status(t.rep1Id(), get("/h5/todos/new").param("subjectType", "CUSTOMER").param("subjectId", "" + others))).isEqualTo(404);
        assertThat(status(t.rep1Id(), get("/h5/todos/new").param("subjectType", "NOTHING").param("subjectId", "1"))).isEqualTo(404);
        // The web's form too; a record of one's own opens it whatever the case of its type.
        assertThat(status(t.rep1Id(), get("/todos/new").param("subjectType", "CUSTOMER").param("subjectId", "" + others))).isEqualTo(404);
        long mine = fixtures.as(t.rep1Id(), () -> customers.create(CustomerDraft.named(t.prefix() + "自己的客户有限公司")).id());
        Document web = page(t.rep1Id(), get("/todos/new").param("subjectType", "customer").param("subjectId", "" + mine));
        assertThat(web.select("input[name=subjectType]").attr("value")).isEqualTo("CUSTOMER");
        assertThat(web.select("#todo-form-subject").text()).contains("客户").contains(t.prefix() + "自己的客户有限公司");
        assertThat(status(t.rep1Id(), post("/h5/todos").with(csrf()).param("title", "偷看别人的客户")
                .param("subjectType", "CUSTOMER").param("subjectId", "" + others))).isEqualTo(404);
        assertThat(fixtures.as(t.rep2Id(), () -> todos.forSubject("CUSTOMER", others))).isEmpty();
        assertThat(fixtures.as(t.rep1Id(), () -> todos.list("UPCOMING", true, 100))).extracting(Todo::title).doesNotContain("偷看别人的客户");
    }

    private int status(long userId, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(fixtures.user(userId)))).andReturn().getResponse().getStatus();
    }

    private Document page(long userId, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(fixtures.user(userId))).header("Accept-Language", "zh-CN")).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
