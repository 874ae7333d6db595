package io.qike.crm.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class NotificationsTest {
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired Notifications notifications;
    @Autowired DeliveryWorker worker;
    @Autowired DeliveryRepository deliveries;
    @Autowired TestChannel channel;
    @Autowired BackgroundJobs jobs;
    @Autowired TransactionTemplate tx;
    @Autowired MockMvc mvc;
    @LocalServerPort int port;
    TestTenant t;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
    }

    private Api api(String who) {
        return new Api(port).login(t.login(who), TestFixtures.PASSWORD);
    }

    private List<Notification> inbox(long userId) {
        return fixtures.as(userId, () -> notifications.mine(false, 0, 100).items());
    }

    private void tell(long... userIds) {
        TenantContext.runAs(t.tenantId(), () -> notifications.notify(NotificationRequest.of(t.tenantId(),
                java.util.Arrays.stream(userIds).boxed().toList(), Kinds.JOB_FINISHED,
                NotificationRequest.Text.of("notify.job.done"), NotificationRequest.Text.of("notify.jobFinished.body", 7), "/imports")));
    }

    @Test
    void theNewOwnerOfACustomerIsToldButNobodyAboutTheirOwnAction() {
        Api admin = api("admin");
        Api.Response created = admin.post("/api/v1/customers?confirmSimilar=true", "{\"name\":\"" + t.prefix() + "分配科技有限公司\",\"ownerId\":" + t.rep1Id() + "}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inbox(t.rep1Id())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Kinds.CUSTOMER_ASSIGNED);
            assertThat(n.title()).contains(t.prefix() + "分配科技有限公司");
            assertThat(n.link()).isEqualTo("/customers/" + id);
        }));

        // Transferred by an edit: the new owner hears of it.
        assertThat(admin.patch("/api/v1/customers/" + id, "{\"ownerId\":" + t.rep2Id() + "}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inbox(t.rep2Id())).hasSize(1));

        // The admin's own customer, and a rep creating one for themselves: nobody is told.
        assertThat(admin.post("/api/v1/customers?confirmSimilar=true", "{\"name\":\"" + t.prefix() + "自己的有限公司\"}").status()).isEqualTo(201);
        assertThat(api("rep1").post("/api/v1/customers?confirmSimilar=true", "{\"name\":\"" + t.prefix() + "自己人有限公司\"}").status()).isEqualTo(201);
        // A later notification to the same users proves the listener had its chance at the earlier changes.
        tell(t.adminId(), t.rep1Id());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(inbox(t.adminId())).extracting(Notification::kind).containsExactly(Kinds.JOB_FINISHED);
            assertThat(inbox(t.rep1Id())).extracting(Notification::kind).containsExactly(Kinds.JOB_FINISHED, Kinds.CUSTOMER_ASSIGNED);
        });
    }

    @Test
    void theSubmitterIsToldWhenTheirJobEnds() {
        long done = fixtures.as(t.rep1Id(), () -> TenantContext.callAs(t.tenantId(), () -> tx.execute(s -> jobs.submit(FinishingJob.KIND, Map.of(), 1))));
        long failed = fixtures.as(t.rep1Id(), () -> TenantContext.callAs(t.tenantId(),
                () -> tx.execute(s -> jobs.submit(FinishingJob.KIND, Map.of("fail", true), 1))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox(t.rep1Id())).extracting(n -> n.titleText().key())
                .containsExactlyInAnyOrder("notify.job.done", "notify.job.failed"));
        assertThat(inbox(t.rep1Id())).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(Kinds.JOB_FINISHED);
            assertThat(n.body()).containsAnyOf(String.valueOf(done), String.valueOf(failed));
        });
        assertThat(inbox(t.adminId())).isEmpty();
    }

    @Test
    void theUnreadCountFallsAsNotificationsAreReadThroughTheApiAndThePage() throws Exception {
        tell(t.rep1Id());
        tell(t.rep1Id());
        tell(t.rep1Id());
        Api rep1 = api("rep1");
        JsonNode unread = rep1.get("/api/v1/notifications?unread=true").json();
        assertThat(unread.get("unread").asLong()).isEqualTo(3);
        assertThat(unread.get("items")).hasSize(3);
        assertThat(unread.get("items").get(0).get("title").asString()).isEqualTo("后台任务已完成");
        assertThat(rep1.language("en").get("/api/v1/notifications").json().get("items").get(0).get("title").asString())
                .isEqualTo("Background job finished");
        rep1.language("zh-CN");
        long first = unread.get("items").get(0).get("id").asLong();

        assertThat(rep1.post("/api/v1/notifications/" + first + "/read", "").status()).isEqualTo(204);
        assertThat(rep1.get("/api/v1/notifications?unread=true").json().get("unread").asLong()).isEqualTo(2);
        // Another user's notification is not found.
        assertThat(api("rep2").post("/api/v1/notifications/" + first + "/read", "").status()).isEqualTo(404);

        var rep1User = fixtures.user(t.rep1Id());
        Document bell = Jsoup.parse(mvc.perform(get("/notifications/bell").with(user(rep1User)).header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString());
        assertThat(bell.getElementById("notification-count").text()).isEqualTo("2");
        Document page = Jsoup.parse(mvc.perform(get("/notifications").with(user(rep1User)).cookie(new Cookie("qike-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select(".notification-item")).hasSize(3);
        assertThat(page.getElementById("notification-bell")).isNotNull();

        // A click on one goes where it points and counts it read; then "mark all read" empties the count.
        long second = unread.get("items").get(1).get("id").asLong();
        var click = mvc.perform(post("/notifications/" + second + "/read").with(user(rep1User)).with(csrf())).andReturn().getResponse();
        assertThat(click.getRedirectedUrl()).isEqualTo("/imports");
        assertThat(rep1.get("/api/v1/notifications?unread=true").json().get("unread").asLong()).isEqualTo(1);
        mvc.perform(post("/notifications/read-all").with(user(rep1User)).with(csrf()));
        assertThat(rep1.get("/api/v1/notifications").json().get("unread").asLong()).isZero();
        assertThat(rep1.post("/api/v1/notifications/read-all", "").status()).isEqualTo(204);
    }

    @Test
    void aChannelSwitchedOffIsNotUsedButTheAppStillShowsTheNotification() {
        Api rep2 = api("rep2");
        assertThat(rep2.get("/api/v1/me/notification-preferences").json().toString()).contains("\"channel\":\"test\"", "\"enabled\":true");
        assertThat(rep2.put("/api/v1/me/notification-preferences", "{\"test\":false}").json().toString()).contains("\"enabled\":false");
        assertThat(rep2.put("/api/v1/me/notification-preferences", "{\"nosuch\":false}").status()).isEqualTo(400);
        tell(t.rep1Id(), t.rep2Id());
        worker.run();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(channel.sentTo(t.rep1Id())).hasSize(1));
        worker.run();
        assertThat(channel.sentTo(t.rep2Id())).isEmpty();
        assertThat(inbox(t.rep2Id())).hasSize(1);
    }

    @Test
    void aTransientFailureIsRetriedAfterItsBackOffAndASentDeliveryIsNeverSentAgain() {
        channel.script(t.rep1Id(), NotificationChannel.Result.retry(null, "timeout"), NotificationChannel.Result.DELIVERED);
        tell(t.rep1Id());
        worker.run();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(channel.sentTo(t.rep1Id())).hasSize(1));
        // The back-off (a minute) has not passed: another run sends nothing.
        worker.run();
        assertThat(channel.sentTo(t.rep1Id())).hasSize(1);
        assertThat(DeliveryWorker.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DeliveryWorker.backOff(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(DeliveryWorker.backOff(3)).isEqualTo(Duration.ofMinutes(30));

        // Its time comes (the administrator's 立即重试 stands in for the minute): it is sent, as attempt 2.
        fixtures.asRun(t.adminId(), () -> notifications.retryWaitingNow());
        worker.run();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(channel.sentTo(t.rep1Id())).hasSize(2));
        assertThat(channel.sentTo(t.rep1Id()).get(1).attempt()).isEqualTo(2);

        // Sent: two more runs, and a restart's look for expired leases, send nothing again.
        worker.run();
        worker.run();
        TenantContext.callAs(t.tenantId(), () -> deliveries.claim(1000, Duration.ZERO))
                .forEach(c -> assertThat(c.delivery().userId()).isNotEqualTo(t.rep1Id()));
        worker.run();
        assertThat(channel.sentTo(t.rep1Id())).hasSize(2);
        assertThat(fixtures.as(t.adminId(), () -> notifications.failures())).isEmpty();
    }

    @Test
    void aDeliveryWhoseSenderStoppedBeforeSettlingIsSentAgainOnce() {
        tell(t.rep2Id());
        // A node claims it and stops (its lease runs out at once) before it could send or settle.
        await().atMost(Duration.ofSeconds(10)).until(() -> TenantContext.callAs(t.tenantId(), () -> deliveries.claim(1000, Duration.ZERO)).stream()
                .anyMatch(c -> c.delivery().userId() == t.rep2Id()) || !channel.sentTo(t.rep2Id()).isEmpty());
        worker.run();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(channel.sentTo(t.rep2Id())).hasSize(1));
        worker.run();
        assertThat(channel.sentTo(t.rep2Id())).hasSize(1);
    }

    @Test
    void aPermanentFailureForOneUserIsRecordedAndShownToTheAdministrator() throws Exception {
        channel.script(t.rep2Id(), NotificationChannel.Result.failed("invaliduser"));
        tell(t.rep1Id(), t.rep2Id());
        worker.run();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fixtures.as(t.adminId(), () -> notifications.failures()))
                .singleElement().satisfies(f -> {
                    assertThat(f.userId()).isEqualTo(t.rep2Id());
                    assertThat(f.userName()).isEqualTo("赵销售");
                    assertThat(f.reason()).isEqualTo("invaliduser");
                }));
        assertThat(channel.sentTo(t.rep1Id())).hasSize(1);
        worker.run();
        assertThat(channel.sentTo(t.rep2Id())).hasSize(1);

        Document page = Jsoup.parse(mvc.perform(get("/admin/notifications/failures").with(user(fixtures.user(t.adminId())))
                .cookie(new Cookie("qike-lang", "zh-CN"))).andReturn().getResponse().getContentAsString());
        assertThat(page.getElementById("failed-deliveries").text()).contains("赵销售", "该成员不在应用可见范围或未分配席位");
        assertThat(mvc.perform(get("/admin/notifications/failures").with(user(fixtures.user(t.rep1Id())))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
