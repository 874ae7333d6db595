package io.qike.crm.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.notify.Kinds;
import io.qike.crm.notify.NotificationRequest;
import io.qike.crm.notify.Notifications;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.platform.jobs.BackgroundJobs;
import io.qike.crm.platform.jobs.RecurringTask;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.binding.BindingService;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.directory.Member;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A measurement, not a check: the WeCom module against the in-process simulator grown to
 * {@value #DEFAULT_MEMBERS} members in {@value #DEFAULT_DEPARTMENTS} departments. (1) a full directory sync, end to
 * end through the product's job, with the simulator's call counters before and after; (2) change_contact callbacks
 * at a steady rate, each answer's latency, then until every acknowledged event is handled; (3) notifications to
 * bound members delivered as WeCom cards. Run by hand: {@code bench/wecom.sh}. Writes target/wecom-bench.txt.
 *
 * <p>WeCom's documented limits for sending app messages (访问频率限制, developer.work.weixin.qq.com/document/path/90454,
 * last updated 2023-08-28; read from a stored copy of that page): 每应用不可超过账号上限数*200人次/天 (sending to 1000
 * members at once counts 1000; an enterprise with 500 accounts may send 100,000 person-messages per app per day);
 * 每应用对同一个成员不可超过30次/分钟，1000次/小时 (the rest is dropped); sending does not count against the base
 * limit of 1万次/分, 15万次/小时 per enterprise per API.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "qike.bench", matches = "true", disabledReason = "a benchmark: run bench/wecom.sh (-Dqike.bench=true)")
class WecomBenchTest {
    static final int DEFAULT_MEMBERS = 10_000, DEFAULT_DEPARTMENTS = 500;
    static final int MEMBERS = Integer.getInteger("qike.bench.wecom.members", DEFAULT_MEMBERS);
    static final int DEPARTMENTS = Integer.getInteger("qike.bench.wecom.departments", DEFAULT_DEPARTMENTS);
    static final int RATE = Integer.getInteger("qike.bench.wecom.rate", 200);
    static final int SECONDS = Integer.getInteger("qike.bench.wecom.seconds", 30);
    static final int NOTIFICATIONS = Integer.getInteger("qike.bench.wecom.notifications", MEMBERS);
    /** Members bound (and notified in rounds until NOTIFICATIONS are made); binding one member lists every user today. */
    static final int BOUND = Integer.getInteger("qike.bench.wecom.bound", NOTIFICATIONS);
    /** 账号上限数 * 200 person-messages per app per day (document path/90454). */
    static final int PER_ACCOUNT_PER_DAY = 200;
    static final int PER_MEMBER_PER_MINUTE = 30;

    @DynamicPropertySource
    static void sandboxSize(DynamicPropertyRegistry r) {
        r.add("qike.sandbox.wecom.members", () -> MEMBERS);
        r.add("qike.sandbox.wecom.departments", () -> DEPARTMENTS);
    }

    /** The callback endpoint's own time per answered event, from in front of every other filter to its answer. */
    @TestConfiguration
    static class ServerTimes {
        static final java.util.concurrent.ConcurrentLinkedQueue<Long> NANOS = new java.util.concurrent.ConcurrentLinkedQueue<>();

        @Bean
        FilterRegistrationBean<Filter> callbackTimer() {
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>((request, response, chain) -> {
                long start = System.nanoTime();
                chain.doFilter(request, response);
                if (((HttpServletResponse) response).getStatus() == 200) NANOS.add(System.nanoTime() - start);
            });
            bean.addUrlPatterns("/wecom/callback/*");
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return bean;
        }
    }

    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired WeComState state;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired BackgroundJobs jobs;
    @Autowired BindingService bindings;
    @Autowired Notifications notifications;
    @Autowired List<RecurringTask> tasks;
    final List<String[]> rows = new ArrayList<>();
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;

    @Test
    void syncCallbacksAndNotifications() throws Exception {
        t = fixtures.tenant();
        sandbox = new WecomSandboxSupport(port);
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        row("machine", "2 cores shared; load average at start " + load(), "");
        // The CRM app sees the whole corp with a seat for everyone, as an enterprise that rolled Qike out to all staff.
        sandbox.admin("PUT", "/apps/app/visible-range", "{\"departments\": [1], \"users\": []}");
        sandbox.admin("PUT", "/apps/app/seats", "{\"seats\": " + (MEMBERS + 10) + "}");
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        assertThat(admin.put("/api/v1/wecom/seats", "{\"purchased\": " + (MEMBERS + 10) + "}").status()).isEqualTo(200);
        try {
            fullSync();
            callbacks();
            notifications();
        } finally {
            String table = table();
            System.out.println(table);
            Files.writeString(Path.of("target/wecom-bench.txt"), table);
            admin.delete("/api/v1/wecom/connection");
            sandbox.reset();
        }
    }

    /** The product's sync job end to end (submit to finished), and what it asked WeCom. */
    private void fullSync() {
        awaitNoSyncRunning();
        sandbox.admin("DELETE", "/counters", null);
        long start = System.nanoTime();
        long id = admin.post("/api/v1/wecom/directory/syncs", "{}").json().get("id").asLong();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> TenantContext.callAs(t.tenantId(), () -> jobs.get(id).finished()));
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> calls = counters();
        JsonNode line = admin.get("/api/v1/wecom/directory/syncs").json().get(0);
        long total = calls.values().stream().mapToLong(Long::longValue).sum();
        long tokens = calls.getOrDefault("/cgi-bin/gettoken", 0L);
        row("full sync: departments / members", line.path("departments").asInt() + " / " + line.path("members").asInt()
                + " (sandbox " + DEPARTMENTS + " / " + MEMBERS + ")", "");
        row("full sync: seconds (job submit to finished)", String.format("%.2f", seconds), "<= 20 s " + (seconds <= 20 ? "ok" : "MISSED"));
        long target = DEPARTMENTS + 1;
        row("full sync: WeCom calls (tokens " + tokens + ")", total + "", "departments + 1 token = " + target
                + (total <= target ? " ok" : " MISSED by " + (total - target)));
        calls.forEach((endpoint, n) -> row("  " + endpoint, n + "", ""));
        row("  load average after sync", load(), "");
    }

    private void awaitNoSyncRunning() {
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200)).until(() -> TenantContext.callAs(t.tenantId(),
                () -> jobs.recent("wecom.directory.sync", 5).stream().allMatch(j -> j.finished())));
    }

    /**
     * change_contact at RATE/s for SECONDS s from {@link CallbackSender} in a process of its own (WeCom is not inside
     * Qike's JVM): each answer's latency counted from the moment it was due, and the endpoint's own time per answer
     * measured by a servlet filter in front of everything else ({@link ServerTimes}).
     */
    private void callbacks() throws Exception {
        List<Member> members = state.world().directory().members();
        Path userids = Files.createTempFile("wecom-bench-userids", ".txt");
        Files.write(userids, members.stream().map(Member::userid).toList());
        String url = "http://localhost:" + port + "/wecom/callback/" + WecomSandboxSupport.CORP;
        long firstId = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select coalesce(max(id), 0) from wecom_callback_event")
                .query(Long.class).single());
        ServerTimes.NANOS.clear();
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process sender = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"), CallbackSender.class.getName(),
                url, WecomSandboxSupport.TOKEN, WecomSandboxSupport.AES_KEY, WecomSandboxSupport.CORP, Integer.toString(RATE),
                Integer.toString(SECONDS), userids.toString()).redirectErrorStream(true).start();
        String result = null;
        int warmed = 0;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(sender.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) result = line;
                else if (line.startsWith("WARMED ")) {
                    warmed = Integer.parseInt(line.substring(7).trim());
                    ServerTimes.NANOS.clear();
                }
                else System.out.println("sender: " + line);
            }
        }
        sender.waitFor(3, TimeUnit.MINUTES);
        Files.deleteIfExists(userids);
        if (result == null) throw new IllegalStateException("the callback sender printed no result");
        long lastAnswer = System.nanoTime();
        String[] r = result.split(" ");
        int total = Integer.parseInt(r[1]);
        int acknowledged = Integer.parseInt(r[2]);
        int expectedWarm = warmed;
        double p99 = Double.parseDouble(r[7]);
        row("callbacks: sent at " + RATE + "/s for " + SECONDS + " s (sender in its own process)", total + ", " + acknowledged
                + " acknowledged, " + r[3] + " refused, " + r[4] + " failed", "");
        row("callbacks: answer p50 / p95 / p99 / max ms, as the sender saw it", r[5] + " / " + r[6] + " / " + r[7] + " / " + r[8],
                "p99 <= 20 ms " + (p99 <= 20 ? "ok" : "MISSED"));
        long[] server = ServerTimes.NANOS.stream().mapToLong(Long::longValue).sorted().toArray();
        if (server.length > 0) {
            row("callbacks: the endpoint's own time p50 / p95 / p99 / max ms (" + server.length + " answers)", String.format("%.1f / %.1f / %.1f / %.1f",
                    pct(server, 50), pct(server, 95), pct(server, 99), server[server.length - 1] / 1e6), "");
        }
        row("  load average after sending", load(), "");
        // Every acknowledged event must be handled: the durable inbox and the event publication registry.
        int waitMinutes = 10;
        try {
            await().atMost(Duration.ofMinutes(waitMinutes)).pollInterval(Duration.ofMillis(200))
                    .until(() -> processed(firstId)[0] >= acknowledged + expectedWarm);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            row("callbacks: still unprocessed after " + waitMinutes + " min", "", "");
        }
        double drain = (System.nanoTime() - lastAnswer) / 1e9;
        long[] p = processed(firstId);
        long lost = acknowledged + warmed - p[0];
        row("callbacks: acknowledged (with " + warmed + " warming up first), then handled / stored", (acknowledged + warmed) + ", then "
                + p[0] + " / " + p[1], "");
        row("callbacks: lost (acknowledged, not handled)", lost + "", "0 " + (lost == 0 ? "ok" : "MISSED"));
        row("callbacks: processing lag p50 / max ms (received to handled)", p[2] + " / " + p[3], "");
        row("callbacks: all handled this long after the last answer", String.format("%.1f s", drain), "");
    }

    /** handled, stored, lag p50 ms, lag max ms of the events stored since {@code afterId}. */
    private long[] processed(long afterId) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("""
                select count(processed_at) as handled, count(*) as stored,
                       coalesce(percentile_cont(0.5) within group (order by extract(epoch from processed_at - received_at)), 0) * 1000 as p50,
                       coalesce(max(extract(epoch from processed_at - received_at)), 0) * 1000 as max
                from wecom_callback_event where id > ?""").param(afterId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), Math.round(rs.getDouble(3)), Math.round(rs.getDouble(4))}).single());
    }

    /** Binds active members to new users through the binding service, then notifies them and delivers through WeCom. */
    private void notifications() {
        List<Member> active = state.world().directory().members().stream().filter(Member::active).limit(Math.min(BOUND, NOTIFICATIONS)).toList();
        long bindStart = System.nanoTime();
        List<Long> users = createUsers(active.size());
        fixtures.asRun(t.adminId(), () -> {
            for (int i = 0; i < active.size(); i++) bindings.bind(active.get(i).userid(), users.get(i));
        });
        row("notifications: members bound (binding service)", active.size() + String.format(" in %.1f s", (System.nanoTime() - bindStart) / 1e9), "");
        long queueStart = System.nanoTime();
        int made = 0;
        for (int round = 0; made < NOTIFICATIONS; round++) {
            List<Long> to = users.subList(0, Math.min(users.size(), NOTIFICATIONS - made));
            String subject = "基准客户" + round;
            TenantContext.runAs(t.tenantId(), () -> notifications.notify(new NotificationRequest(t.tenantId(), to, Kinds.CUSTOMER_ASSIGNED,
                    NotificationRequest.Text.of("notify.customerAssigned.title", subject),
                    NotificationRequest.Text.of("notify.customerAssigned.body", "王经理", subject), "/customers/1", "/h5/customers/1", null)));
            made += to.size();
        }
        row("notifications: made (Notifications.notify)", made + String.format(" in %.1f s", (System.nanoTime() - queueStart) / 1e9), "");
        sandbox.admin("DELETE", "/counters", null);
        RecurringTask worker = tasks.stream().filter(k -> k.name().equals("notify.deliver")).findFirst().orElseThrow();
        long start = System.nanoTime();
        while (deliveries("pending") + deliveries("sending") > 0) worker.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long sent = deliveries("sent"), failedForGood = deliveries("failed");
        long calls = counters().getOrDefault("/cgi-bin/message/send", 0L);
        double rate = sent / seconds;
        row("notifications: delivered through WeCom / failed", sent + " / " + failedForGood + String.format(" in %.2f s", seconds), "");
        row("notifications: messages/s", String.format("%.0f", rate), "");
        row("notifications: message/send calls, members per call", calls + String.format(", %.0f", calls == 0 ? 0.0 : sent / (double) calls),
                "<= 1000 per call");
        long quota = (long) (MEMBERS + 10) * PER_ACCOUNT_PER_DAY;
        row("WeCom per-app quota (账号上限 " + (MEMBERS + 10) + " x 200 人次/天)", quota + " per day = " + String.format("%.1f", quota / 86400.0)
                + "/s averaged over a day", "");
        row("  this run used of the day's quota", String.format("%.2f %%", 100.0 * sent / quota)
                + String.format("; at %.0f/s the quota lasts %.0f min", rate, quota / rate / 60), "");
        row("  per member (30 次/分钟 per app)", "each member got " + (NOTIFICATIONS + active.size() - 1) / active.size()
                + " card(s) in this run", "<= " + PER_MEMBER_PER_MINUTE + "/min ok");
        row("  load average after delivery", load(), "");
    }

    /** Users to bind (in bulk: the product's user creation hashes a password per user, which is not what is measured here). */
    private List<Long> createUsers(int n) {
        return TenantContext.callAs(t.tenantId(), () -> tx.execute(s -> jdbc.sql("""
                insert into app_user(login, display_name, department_id, password_hash)
                select 'wbench' || g, '基准' || g, (select department_id from app_user where id = ?),
                       (select password_hash from app_user where id = ?)
                from generate_series(1, ?) g order by g returning id""").params(t.adminId(), t.adminId(), n).query(Long.class).list()));
    }

    private long deliveries(String status) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from notification_delivery where channel = 'wecom' and status = ?")
                .param(status).query(Long.class).single());
    }

    private Map<String, Long> counters() {
        Map<String, Long> out = new LinkedHashMap<>();
        JsonNode json = sandbox.admin("GET", "/counters", null).json();
        json.properties().forEach(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    private void row(String metric, String value, String target) {
        rows.add(new String[] {metric, value, target});
    }

    private String table() {
        StringBuilder b = new StringBuilder(String.format("WeCom bench: %d members, %d departments, callbacks %d/s for %d s, %d notifications%n",
                MEMBERS, DEPARTMENTS, RATE, SECONDS, NOTIFICATIONS));
        for (String[] r : rows) b.append(String.format("%-62s | %-60s | %s%n", r[0], r[1], r[2]));
        return b.toString();
    }
}
