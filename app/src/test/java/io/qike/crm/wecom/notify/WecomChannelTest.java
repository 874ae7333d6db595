package io.qike.crm.wecom.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.notify.FailedDelivery;
import io.qike.crm.notify.Kinds;
import io.qike.crm.notify.NotificationRequest;
import io.qike.crm.notify.Notifications;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.RecurringTask;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomMembers;
import io.qike.crm.wecom.WecomSandboxSupport;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.directory.Member;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Notifications reach bound members as WeCom text cards; who cannot be reached is recorded, and told in the diagnosis. */
@IntegrationTest
class WecomChannelTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired WeComState state;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Notifications notifications;
    @Autowired List<RecurringTask> tasks;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;
    Member seated;
    Member unseated;

    @BeforeEach
    void connect() {
        t = fixtures.tenant();
        sandbox = new WecomSandboxSupport(port);
        WecomMembers members = new WecomMembers(state, jdbc, tx);
        seated = members.visibleActive().get(0);
        unseated = members.visibleActive().get(1);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        members.bind(t.tenantId(), seated.userid(), t.rep1Id());
        members.bind(t.tenantId(), unseated.userid(), t.rep2Id());
        sandbox.admin("DELETE", "/messages", null);
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    private long tell(String subject, long... userIds) {
        TenantContext.runAs(t.tenantId(), () -> notifications.notify(new NotificationRequest(t.tenantId(),
                java.util.Arrays.stream(userIds).boxed().toList(), Kinds.CUSTOMER_ASSIGNED,
                NotificationRequest.Text.of("notify.customerAssigned.title", subject),
                NotificationRequest.Text.of("notify.customerAssigned.body", "王经理", subject), "/customers/1", "/h5/customers/1", null)));
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select max(id) from notification").query(Long.class).single());
    }

    private void deliverNow() {
        fixtures.asRun(t.adminId(), notifications::retryWaitingNow);
        tasks.stream().filter(k -> k.name().equals("notify.deliver")).findFirst().orElseThrow().run();
    }

    private List<JsonNode> cardsTo(String userid) {
        List<JsonNode> out = new ArrayList<>();
        sandbox.admin("GET", "/messages?userid=" + userid, null).json().forEach(out::add);
        return out;
    }

    private Map<Long, String> failures() {
        return fixtures.as(t.adminId(), () -> notifications.failures()).stream()
                .filter(f -> f.channel().equals("wecom")).collect(Collectors.toMap(FailedDelivery::userId, FailedDelivery::reason, (a, b) -> a));
    }

    @Test
    void boundMembersGetATextCardAndTheUnseatedAndUnboundAreRecordedPerUser() {
        sandbox.admin("PUT", "/apps/app/seats", "{\"seats\": " + new WecomMembers(state, jdbc, tx).seatsFor(1) + "}");
        tell("华东机电", t.rep1Id(), t.rep2Id(), t.managerId());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            deliverNow();
            assertThat(failures()).containsEntry(t.rep2Id(), "invaliduser").containsEntry(t.managerId(), "wecom_unbound");
        });
        List<JsonNode> cards = cardsTo(seated.userid());
        assertThat(cards).hasSize(1);
        JsonNode request = cards.get(0).get("request");
        assertThat(request.get("msgtype").asString()).isEqualTo("textcard");
        assertThat(request.get("touser").asString()).contains(seated.userid()).contains(unseated.userid());
        assertThat(request.get("enable_duplicate_check").asInt()).isEqualTo(1);
        assertThat(request.get("duplicate_check_interval").asInt()).isPositive();
        JsonNode card = request.get("textcard");
        assertThat(card.get("title").asString()).contains("华东机电");
        assertThat(card.get("btntxt").asString()).isEqualTo("详情");
        assertThat(card.get("url").asString()).isEqualTo("http://localhost:" + port + "/wecom/login?corp=" + WecomSandboxSupport.CORP
                + "&next=%2Fh5%2Fcustomers%2F1");
        assertThat(failures()).doesNotContainKey(t.rep1Id());
        // The administrators see why, in words.
        assertThat(admin.get("/api/v1/wecom/diagnosis").body()).contains("wecom.check.notifications.failed").contains("赵销售");
    }

    @Test
    void aBusyWecomIsRetriedAndTheCardArrivesOnce() {
        sandbox.admin("PUT", "/faults", "{\"endpoint\":\"/cgi-bin/message/send\",\"errcode\":-1,\"times\":2}");
        long id = tell("重试客户", t.rep1Id());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            deliverNow();
            assertThat(cardsTo(seated.userid())).isNotEmpty();
        });
        deliverNow();
        deliverNow();
        List<JsonNode> cards = cardsTo(seated.userid());
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).get("request").get("textcard").get("url").asString()).endsWith("&next=%2Fh5%2Fcustomers%2F1");
        int attempts = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select attempts from notification_delivery where notification_id = ? and channel = 'wecom'").param(id).query(Integer.class).single());
        assertThat(attempts).isGreaterThan(1);
        assertThat(failures()).isEmpty();
    }

    @Test
    void aMemberWhoSwitchedWecomOffGetsNoCardAndTheDiagnosisNamesHim() {
        Api rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(rep1.put("/api/v1/me/notification-preferences", "{\"wecom\": false}").status()).isEqualTo(200);
        tell("关闭的客户", t.rep1Id());
        deliverNow();
        deliverNow();
        assertThat(cardsTo(seated.userid())).isEmpty();
        JsonNode lines = admin.get("/api/v1/wecom/diagnosis").json();
        JsonNode line = null;
        for (JsonNode l : lines) if (l.get("id").asString().equals("60-notifications")) line = l;
        assertThat(line).isNotNull();
        assertThat(line.get("result").get("status").asString()).isEqualTo("FAIL");
        assertThat(line.toString()).contains("wecom.check.notifications.off").contains("李销售");
    }
}
