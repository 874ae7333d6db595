package io.qike.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.idev.excel.FastExcel;
import io.qike.crm.customer.CustomerDraft;
import io.qike.crm.customer.CustomerService;
import io.qike.crm.platform.QikeUser;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.security.ApiTokens;
import io.qike.crm.salesrecord.SalesRecordDraft;
import io.qike.crm.salesrecord.SalesRecordService;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One enterprise, one clock: the same moment reads the same on the customer list, the customer page and the run
 * log, in the enterprise's time zone (Asia/Shanghai unless the administrator chose another), in exports too, and
 * the API writes it with the enterprise's offset.
 */
@IntegrationTest
class EnterpriseTimeZoneTest {
    /** 09:04:05 in Beijing, 02:04:05 in Berlin (winter time), 01:04:05 UTC. */
    static final OffsetDateTime MOMENT = OffsetDateTime.parse("2026-11-20T01:04:05Z");

    @Autowired MockMvc mvc;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired SalesRecordService records;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @LocalServerPort int port;
    TestTenant t;
    QikeUser admin;
    long customerId;
    long runId;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = fixtures.user(t.adminId());
        customerId = fixtures.as(t.adminId(), () -> customers.create(CustomerDraft.named("时区测试有限公司")).id());
        TenantContext.runAs(t.tenantId(), () -> {
            jdbc.sql("update customer set updated_at = ?, registry_provider = 'qichacha', registry_fetched_at = ? where id = ?")
                    .params(MOMENT, MOMENT, customerId).update();
            runId = jdbc.sql("insert into flow_run(kind, flow_api_name, status, started_at) values ('FLOW', 'tzCheck', 'SUCCESS', ?) returning id")
                    .param(MOMENT).query(Long.class).single();
        });
    }

    @Test
    void theSameMomentReadsTheSameOnEveryPageInBeijingTimeThenInBerlinTimeAfterTheAdministratorSwitches() throws Exception {
        assertPagesShow("2026-11-20 09:04");

        Document settings = page("/admin/enterprise");
        assertThat(settings.select("#time-zone option").first().val()).isEqualTo("Asia/Shanghai");
        assertThat(settings.selectFirst("#time-zone option[selected]").val()).isEqualTo("Asia/Shanghai");
        mvc.perform(post("/admin/enterprise").with(user(admin)).with(csrf()).param("timeZone", "Europe/Berlin"));

        assertThat(page("/admin/enterprise").selectFirst("#time-zone option[selected]").val()).isEqualTo("Europe/Berlin");
        assertPagesShow("2026-11-20 02:04");
        assertThat(page("/admin/audit").select("#audit-table tbody tr").text()).contains("Europe/Berlin");

        MockHttpServletResponse file = mvc.perform(get("/exports/customers").with(user(admin)).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn().getResponse();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(file.getContentAsByteArray())).sheet(0).headRowNumber(0)
                .doReadSync();
        int updated = column(rows.get(0), "更新时间");
        assertThat(rows.get(1).get(updated)).isEqualTo("2026-11-20 02:04:05");
    }

    @Test
    void aNameThatIsNoTimeZoneOrARepsChangeIsRefusedAndTheZoneStays() throws Exception {
        Object errors = mvc.perform(post("/admin/enterprise").with(user(admin)).with(csrf()).param("timeZone", "Mars/Olympus"))
                .andReturn().getFlashMap().get("errors");
        assertThat((Map<?, ?>) errors).isNotEmpty();
        assertThat(errors.toString()).contains("时区");
        // A sales rep may not change the enterprise's clock.
        assertThat(mvc.perform(post("/admin/enterprise").with(user(fixtures.user(t.rep1Id()))).with(csrf()).param("timeZone", "UTC"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page("/admin/enterprise").selectFirst("#time-zone option[selected]").val()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void theApiWritesTimesWithTheEnterprisesOffset() {
        Api api = new Api(port).withToken(tokens.issueSessionToken(admin).token());
        assertThat(api.get("/api/v1/customers/" + customerId).json().get("updatedAt").asString()).isEqualTo("2026-11-20T09:04:05+08:00");
        // The document still says what the API writes: a date-time.
        assertThat(api.get("/v3/api-docs").json().at("/components/schemas/Customer/properties/updatedAt/format").asString())
                .isEqualTo("date-time");
    }

    @Test
    void aSalesRecordEnteredAtHalfPastNineLocalReadsBackAtHalfPastNine() throws Exception {
        long id = fixtures.as(t.adminId(), () ->
                records.create(new SalesRecordDraft(customerId, null, "VISIT", "上午拜访", "2026-11-20T09:30", Map.of()), List.of()));

        assertThat(page("/customers/" + customerId + "/records").text()).contains("2026-11-20 09:30");
        assertThat(fixtures.as(t.adminId(), () -> records.draftOf(records.get(id)).occurredAt())).isEqualTo("2026-11-20T09:30");
        Api api = new Api(port).withToken(tokens.issueSessionToken(admin).token());
        assertThat(api.get("/api/v1/sales-records/" + id).json().get("occurredAt").asString()).isEqualTo("2026-11-20T09:30:00+08:00");
    }

    private void assertPagesShow(String minute) throws Exception {
        assertThat(page("/customers").select("tbody tr").text()).contains(minute);
        assertThat(page("/registry/customers/" + customerId + "/panel").select("#registry-source").text()).contains(minute);
        assertThat(page("/admin/integration/runs").select("tbody tr").text()).contains(minute + ":05");
        assertThat(page("/admin/integration/runs/" + runId).text()).contains(minute + ":05");
    }

    private static int column(Map<Integer, String> header, String label) {
        return header.entrySet().stream().filter(e -> label.equals(e.getValue())).findFirst().orElseThrow().getKey();
    }

    private Document page(String path) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(path).with(user(admin)).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn().getResponse();
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }
}
