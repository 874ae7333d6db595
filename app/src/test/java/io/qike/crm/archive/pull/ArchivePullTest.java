package io.qike.crm.archive.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qike.crm.archive.ArchiveKeyRing;
import io.qike.crm.archive.ArchiveSetup;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomSandboxSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 会话内容存档 pulled from the simulator: everything once, by seq, surviving failures, key rotation and a second puller. */
@IntegrationTest
class ArchivePullTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchivePuller puller;
    @Autowired ArchiveMessages messages;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired TransactionTemplate tx;
    @Autowired MockMvc mvc;
    @Autowired io.qike.crm.platform.database.SystemDatabase system;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;
    ArchiveSetup keys;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
        sandbox.reset();
        keys = new ArchiveSetup(admin, sandbox);
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    int archived() {
        return sandbox.admin("GET", "/archive", null).json().get("messages").asInt();
    }

    JsonNode status() {
        Api.Response r = admin.get("/api/v1/wecom/archive/status");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    int stored(String where) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(*) from wecom_archive_message where " + where)
                .query(Integer.class).single());
    }

    PullResult pull() {
        return puller.pull(t.tenantId(), null);
    }

    long calls(String endpoint) {
        JsonNode counters = sandbox.admin("GET", "/counters", null).json();
        return counters.path(endpoint).asLong(0);
    }

    String tabStatus() throws Exception {
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/wecom/archive")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(fixtures.user(t.adminId())))
                        .cookie(new jakarta.servlet.http.Cookie("qike-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        int at = page.indexOf("id=\"archive-status\"");
        assertThat(at).as("the tab shows the status").isPositive();
        return page.substring(at, page.indexOf("</div>", at));
    }

    /** The plan of a query on the messages, with sequential scans ruled out: what the planner can do with the indexes. */
    String plan(String query, Object... params) {
        return TenantContext.callAs(t.tenantId(), () -> tx.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("explain " + query).params(params).query(String.class).list());
        }));
    }

    @Test
    void whoSentOrReceivedAMessageIsFoundThroughIndexes() {
        keys.addKey();
        assertThat(pull().outcome()).isEqualTo(PullResult.OK);
        system.jdbc().sql("analyze wecom_archive_message").update();
        String member = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select from_id from wecom_archive_message where conversation like 'single:%' and from_id not like 'wm%' limit 1").query(String.class).single());
        String customer = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select from_id from wecom_archive_message where from_id like 'wm%' limit 1").query(String.class).single());

        String received = plan("select msgid from wecom_archive_message where tolist @> array[cast(? as text)]", customer);
        assertThat(received).contains("wecom_archive_message_tolist_idx").doesNotContain("Seq Scan");
        String either = plan("select msgid from wecom_archive_message where from_id = ? or tolist @> array[?]::text[]", member, member);
        assertThat(either).contains("wecom_archive_message_tolist_idx").contains("wecom_archive_message_from_idx").doesNotContain("Seq Scan");
    }

    @Test
    void theStatusSaysWhatIsMissingUntilAKeyHasItsVersion() throws Exception {
        admin.delete("/api/v1/wecom/connection");
        JsonNode none = status();
        assertThat(none.get("configured").asBoolean()).isFalse();
        assertThat(none.get("state").asString()).isEqualTo("not_configured");
        assertThat(tabStatus()).contains("data-state=\"not_configured\"").contains("未配置");

        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        keys.settings();
        JsonNode noPair = status();
        assertThat(noPair.get("configured").asBoolean()).isTrue();
        assertThat(noPair.get("state").asString()).isEqualTo("no_key_pair");
        assertThat(noPair.get("stateMessage").asString()).contains("生成消息加密密钥");

        ArchiveSetup.PendingKey pending = keys.addKeyAwaitingVersion();
        JsonNode awaiting = status();
        assertThat(awaiting.get("configured").asBoolean()).isTrue();
        assertThat(awaiting.get("state").asString()).isEqualTo("key_version_missing");
        assertThat(awaiting.get("stateMessage").asString()).contains("消息加密密钥版本号");
        assertThat(tabStatus()).contains("data-state=\"key_version_missing\"").contains("alert-warning").contains("消息加密密钥版本号");
        assertThat(admin.language("en").get("/api/v1/wecom/archive/status").json().get("stateMessage").asString())
                .contains("message encryption key version");
        admin.language("zh-CN");

        assertThat(keys.setVersion(pending.id(), pending.version()).status()).isEqualTo(200);
        JsonNode ready = status();
        assertThat(ready.get("state").asString()).isEqualTo("ready");
        assertThat(tabStatus()).contains("data-state=\"ready\"").contains("alert-success").contains("已就绪");
    }

    @Test
    void theBacklogIsPulledInBatchesAndEachMessageReadsAsWeComWroteIt() {
        keys.addKey();
        int size = archived();
        assertThat(size).isGreaterThan(3000);
        sandbox.admin("DELETE", "/counters", null);

        Api.Response started = admin.post("/api/v1/wecom/archive/pulls", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long job = started.json().get("id").asLong();
        await().atMost(Duration.ofSeconds(120)).until(() -> admin.get("/api/v1/wecom/archive/pulls/" + job).json().path("status").asString().equals("DONE"));

        JsonNode s = status();
        assertThat(s.get("lastOutcome").asString()).isEqualTo("ok");
        assertThat(s.get("lastSeq").asLong()).isEqualTo(size);
        assertThat(s.get("messagesStored").asLong()).isEqualTo(size);
        assertThat(s.get("failed").size()).isZero();
        assertThat(s.get("newestMessageAt").isString()).isTrue();
        assertThat(stored("status = 'decrypted'")).isEqualTo(size);
        // At most 1000 a call (the SDK refuses more): ceil(size / 1000) full or partial batches and one empty one.
        assertThat(calls("/finance/GetChatData")).isEqualTo((size + 999) / 1000 + 1);

        for (long seq : new long[]{1, 2, 777, 1000, 1001, 2500, size}) {
            ArchivedMessage m = TenantContext.callAs(t.tenantId(), () -> messages.findBySeq(seq)).orElseThrow();
            JsonNode expected = sandbox.admin("GET", "/archive/messages/" + seq, null).json();
            assertThat(json.readTree(m.content())).as("seq " + seq).isEqualTo(expected);
            assertThat(m.msgid()).isEqualTo(expected.get("msgid").asString());
            assertThat(m.external()).isEqualTo(m.msgid().endsWith("_external") || m.tolist().stream().anyMatch(p -> p.startsWith("wm"))
                    || m.from() != null && m.from().startsWith("wm"));
        }

        // Revokes mark what they revoke; media messages carry their sdkfileid, md5sum and size.
        List<ArchivedMessage> revokes = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select msgid from wecom_archive_message where msgtype = 'revoke' limit 5").query(String.class).list()
                .stream().map(id -> messages.find(id).orElseThrow()).toList());
        assertThat(revokes).isNotEmpty();
        for (ArchivedMessage r : revokes) {
            ArchivedMessage original = TenantContext.callAs(t.tenantId(), () -> messages.find(r.revokes())).orElseThrow();
            assertThat(original.recalledBy()).isEqualTo(r.msgid());
            assertThat(original.recalledAt()).isEqualTo(r.msgtime());
        }
        assertThat(stored("msgtype in ('image', 'voice', 'file') and (sdkfileid is null or md5sum is null or filesize is null)")).isZero();
        assertThat(stored("msgtype in ('image', 'voice', 'file')")).isPositive();
        assertThat(stored("action = 'switch' and msgtype is null")).isPositive();

        // A second pull finds nothing new and stores nothing twice.
        assertThat(pull()).isEqualTo(new PullResult(PullResult.OK, null, 0, size));
        assertThat(stored("true")).isEqualTo(size);
    }

    @Test
    void aPullThatStopsHalfWayGoesOnFromItsCursorWithoutLossOrDuplicates() throws Exception {
        keys.addKey();
        int size = archived();
        AtomicBoolean expired = new AtomicBoolean();
        PullResult first = puller.pull(t.tenantId(), seq -> {
            if (expired.compareAndSet(false, true)) sandbox.admin("PUT", "/archive/licence", "{\"expired\":true}");
        });
        // The licence expires once the first batch is stored; the second was fetched before that (the puller fetches
        // one batch ahead while it stores), so it is stored too, and the pull stops at the third.
        assertThat(first.outcome()).isEqualTo("licence_expired");
        assertThat(first.errcode()).isEqualTo(301052);
        assertThat(first.seq()).isEqualTo(2000);
        JsonNode s = status();
        assertThat(s.get("lastOutcome").asString()).isEqualTo("licence_expired");
        assertThat(s.get("lastErrcode").asInt()).isEqualTo(301052);
        assertThat(s.get("lastOutcomeMessage").asString()).contains("301052").contains("会话内容存档");
        assertThat(s.get("lastSeq").asLong()).isEqualTo(2000);
        assertThat(stored("true")).isEqualTo(2000);

        // WeCom answering 503 once: the pull stops where it is, the next one goes on.
        sandbox.admin("PUT", "/archive/licence", "{\"expired\":false}");
        sandbox.admin("PUT", "/faults", "{\"endpoint\":\"/finance/GetChatData\",\"http_status\":503,\"times\":1}");
        assertThat(pull().outcome()).isEqualTo("source_failed");
        assertThat(status().get("lastSeq").asLong()).isEqualTo(2000);

        PullResult rest = pull();
        assertThat(rest.outcome()).isEqualTo("ok");
        assertThat(rest.stored()).isEqualTo(size - 2000);
        assertThat(stored("true")).isEqualTo(size);
        assertThat(TenantContext.callAs(t.tenantId(), () -> jdbc.sql("select count(distinct seq) from wecom_archive_message")
                .query(Integer.class).single())).isEqualTo(size);
        assertThat(status().get("messagesStored").asLong()).isEqualTo(size);

        // The pull history tells the three apart, newest first, each with its node and its range of seq.
        JsonNode pulls = admin.get("/api/v1/wecom/archive/pulls").json();
        assertThat(pulls.size()).isEqualTo(3);
        assertPull(pulls.get(0), "ok", 2000, size, size - 2000);
        assertPull(pulls.get(1), "source_failed", 2000, 2000, 0);
        assertPull(pulls.get(2), "licence_expired", 0, 2000, 2000);
        assertThat(pulls.get(2).get("errcode").asInt()).isEqualTo(301052);
        assertThat(pulls.get(2).get("outcomeText").asString()).contains("301052").contains("续期");
        assertThat(pulls.get(0).get("node").asString()).isEqualTo(ArchivePuller.NODE).isNotBlank();

        // The 会话留存 tab's card shows the same.
        assertThat(page(t.adminId()).getStatus()).isEqualTo(200);
        assertThat(page(t.adminId()).getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("立即拉取", "最近拉取", "2000 → " + size, "拉取成功", "301052")
                .doesNotContain("archive.pull.", "??");
    }

    /** The 会话留存 tab's pull card as this user sees it, in Chinese. */
    org.springframework.mock.web.MockHttpServletResponse page(long userId) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/wecom/archive/pull")
                .locale(java.util.Locale.SIMPLIFIED_CHINESE).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(fixtures.user(userId)))).andReturn().getResponse();
    }

    static void assertPull(JsonNode p, String outcome, long from, long to, int stored) {
        assertThat(p.get("outcome").asString()).as(p.toString()).isEqualTo(outcome);
        assertThat(p.get("fromSeq").asLong()).as(p.toString()).isEqualTo(from);
        assertThat(p.get("toSeq").asLong()).as(p.toString()).isEqualTo(to);
        assertThat(p.get("stored").asInt()).as(p.toString()).isEqualTo(stored);
    }

    @Test
    void untrustedIpExpiredLicenceAndWrongSecretBecomeTheOutcomeAndLeaveTheCursor() {
        keys.addKey();
        int size = archived();
        assertThat(pull().outcome()).isEqualTo("ok");
        sandbox.admin("POST", "/archive/messages", "{\"count\":5}");

        JsonNode trusted = sandbox.admin("GET", "/archive", null).json().get("trusted_ips");
        sandbox.admin("PUT", "/archive/trusted-ips", "{\"ips\":[\"203.0.113.7\"]}");
        assertOutcome("ip_not_trusted", 10009, size);
        sandbox.admin("PUT", "/archive/trusted-ips", "{\"ips\":" + trusted + "}");

        sandbox.admin("PUT", "/archive/licence", "{\"expired\":true}");
        assertOutcome("licence_expired", 301052, size);
        sandbox.admin("PUT", "/archive/licence", "{\"expired\":false}");

        keys.useSecret(sandbox.secret("app"));
        assertOutcome("wrong_secret", 48002, size);
        assertThat(admin.language("en").get("/api/v1/wecom/archive/status").json().get("lastOutcomeMessage").asString())
                .contains("Secret").contains("48002");
        keys.useSecret(sandbox.secret("archive"));

        assertThat(pull()).isEqualTo(new PullResult(PullResult.OK, null, 5, size + 5));
    }

    void assertOutcome(String outcome, int code, long seq) {
        PullResult r = pull();
        assertThat(r.outcome()).isEqualTo(outcome);
        assertThat(r.errcode()).isEqualTo(code);
        JsonNode s = status();
        assertThat(s.get("lastOutcome").asString()).isEqualTo(outcome);
        assertThat(s.get("lastErrcode").asInt()).isEqualTo(code);
        assertThat(s.get("lastSeq").asLong()).isEqualTo(seq);
        assertThat(stored("true")).isEqualTo((int) seq);
    }

    @Test
    void messagesOfRotatedKeysDecryptAndAnUnknownVersionIsParkedUntilItsKeyComes() {
        int v1 = keys.addKey();
        int size = archived();
        assertThat(pull().outcome()).isEqualTo("ok");
        int v2 = keys.addKey();
        sandbox.admin("POST", "/archive/messages", "{\"count\":20}");
        assertThat(pull().stored()).isEqualTo(20);
        assertThat(stored("status = 'decrypted' and key_version = " + v1)).isEqualTo(size);
        assertThat(stored("status = 'decrypted' and key_version = " + v2)).isEqualTo(20);
        assertThat(keys.decryptedWith(v2)).isEqualTo(20);

        // A pair registered in WeCom whose version is not entered yet: its messages are parked.
        ArchiveSetup.PendingKey withheld = keys.addKeyAwaitingVersion();
        int v3 = withheld.version();
        sandbox.admin("POST", "/archive/messages", "{\"count\":12}");
        PullResult parked = pull();
        assertThat(parked.outcome()).isEqualTo("ok");
        assertThat(parked.seq()).isEqualTo(size + 32);
        assertThat(stored("status = 'failed' and fail_reason = 'unknown_key_version' and key_version = " + v3
                + " and encrypt_random_key is not null and encrypt_chat_msg is not null")).isEqualTo(12);
        JsonNode failed = status().get("failed");
        assertThat(failed.size()).isEqualTo(1);
        assertThat(failed.get(0).get("reason").asString()).isEqualTo("unknown_key_version");
        assertThat(failed.get(0).get("keyVersion").asInt()).isEqualTo(v3);
        assertThat(failed.get(0).get("count").asInt()).isEqualTo(12);
        assertThat(failed.get(0).get("message").asString()).isEqualTo("缺少该版本的消息加密私钥，补充后自动解密");

        assertThat(keys.setVersion(withheld.id(), v3).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored("status = 'decrypted' and key_version = " + v3) == 12);
        assertThat(status().get("failed").size()).isZero();
        assertThat(keys.decryptedWith(v3)).isEqualTo(12);
        long seq = size + 25;
        ArchivedMessage m = TenantContext.callAs(t.tenantId(), () -> messages.findBySeq(seq)).orElseThrow();
        assertThat(json.readTree(m.content())).isEqualTo(sandbox.admin("GET", "/archive/messages/" + seq, null).json());
        assertThat(stored("encrypt_chat_msg is not null")).isZero();
    }

    @Test
    void twoPullersAtOnceStoreEachMessageOnceAndEndAtTheSameCursor() {
        keys.addKey();
        int size = archived();
        // Slow answers, so that the two overlap.
        sandbox.admin("PUT", "/faults", "{\"endpoint\":\"/finance/GetChatData\",\"latency_ms\":300,\"times\":-1}");
        CompletableFuture<PullResult> a = CompletableFuture.supplyAsync(this::pull);
        CompletableFuture<PullResult> b = CompletableFuture.supplyAsync(this::pull);
        List<PullResult> results = List.of(a.join(), b.join());
        sandbox.admin("DELETE", "/faults", null);
        assertThat(results).extracting(PullResult::outcome).contains("ok").containsAnyOf("already_pulling", "ok");
        assertThat(results.stream().mapToInt(PullResult::stored).sum()).isEqualTo(size);
        assertThat(stored("true")).isEqualTo(size);
        assertThat(status().get("lastSeq").asLong()).isEqualTo(size);
        assertThat(status().get("messagesStored").asLong()).isEqualTo(size);
    }

    @Autowired ItemDecoder decoder;
    @Autowired ArchiveCursorRepository cursorRepository;
    @Autowired org.springframework.beans.factory.ObjectProvider<ArchiveKeyRing> keyRing;

    @Test
    void aNodeWhoseLeaseRanOutCannotAdvanceTheCursorAnotherNodeMoved() {
        keys.addKey();
        int size = archived();
        ArchivePuller nodeB = new ArchivePuller(source, decoder, cursorRepository, repository, keyRing, tx, 1000);
        java.util.concurrent.atomic.AtomicReference<PullResult> b = new java.util.concurrent.atomic.AtomicReference<>();
        PullResult a = puller.pull(t.tenantId(), seq -> {
            if (b.get() != null) return;
            // Node A stalls past its lease (a long GC pause, a lost network): node B takes over and pulls the rest.
            TenantContext.runAs(t.tenantId(), () -> jdbc.sql("update wecom_archive_cursor set lease_until = now() - interval '1 second'").update());
            b.set(nodeB.pull(t.tenantId(), null));
        });
        assertThat(b.get().outcome()).isEqualTo("ok");
        assertThat(b.get().stored()).isEqualTo(size - 1000);
        assertThat(a.outcome()).isEqualTo(PullResult.CURSOR_MOVED);
        assertThat(a.stored()).isEqualTo(1000);
        assertThat(stored("true")).isEqualTo(size);
        assertThat(status().get("lastSeq").asLong()).isEqualTo(size);
        assertThat(status().get("messagesStored").asLong()).isEqualTo(size);
        // Both nodes' pulls are in the history: B's whole rest, then A's first batch and its stop.
        JsonNode pulls = admin.get("/api/v1/wecom/archive/pulls").json();
        assertThat(pulls.size()).isEqualTo(2);
        assertPull(pulls.get(0), PullResult.CURSOR_MOVED, 0, 1000, 1000);
        assertPull(pulls.get(1), "ok", 1000, size, size - 1000);
    }

    @Test
    void msgauditNotifyThroughTheCallbackStartsAPull() {
        keys.addKey();
        String callback = "http://localhost:" + port + "/wecom/callback/" + WecomSandboxSupport.CORP;
        assertThat(sandbox.admin("PUT", "/apps/archive/callback", Api.json(Map.of("url", callback, "token", WecomSandboxSupport.TOKEN,
                "encoding_aes_key", WecomSandboxSupport.AES_KEY))).status()).isEqualTo(200);
        JsonNode appended = sandbox.admin("POST", "/archive/messages", "{\"count\":3,\"notify\":true}").json();
        long last = appended.get("last_seq").asLong();
        await().atMost(Duration.ofSeconds(120)).until(() -> status().get("lastSeq").asLong() == last);
        assertThat(stored("true")).isEqualTo((int) last);
    }

    @Test
    void onlyWecomAdministratorsSeeTheStatusAndStartPulls() throws Exception {
        Api rep = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        assertThat(rep.get("/api/v1/wecom/archive/status").status()).isEqualTo(403);
        assertThat(rep.post("/api/v1/wecom/archive/pulls", "{}").status()).isEqualTo(403);
        assertThat(rep.get("/api/v1/wecom/archive/pulls").status()).isEqualTo(403);
        assertThat(page(t.rep1Id()).getStatus()).isEqualTo(403);
        assertThat(admin.get("/api/v1/wecom/archive/pulls").json().size()).isZero();
        assertThat(page(t.adminId()).getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("填写会话内容存档 Secret").doesNotContain("立即拉取");
        // Not set up yet: said so, no pull started.
        JsonNode s = status();
        assertThat(s.get("configured").asBoolean()).isFalse();
        Api.Response refused = admin.post("/api/v1/wecom/archive/pulls", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("archive_not_configured");
        assertThat(refused.body()).contains("尚未配置会话内容存档");
    }

    @Test
    void mediaComesInChunksWhoseMd5IsTheMessages() throws Exception {
        keys.addKey();
        assertThat(pull().outcome()).isEqualTo("ok");
        String msgid = TenantContext.callAs(t.tenantId(), () -> jdbc.sql(
                "select msgid from wecom_archive_message where msgtype = 'image' order by filesize desc limit 1").query(String.class).single());
        ArchivedMessage m = TenantContext.callAs(t.tenantId(), () -> messages.find(msgid)).orElseThrow();
        var credentials = TenantContext.callAs(t.tenantId(), () -> keyRing.getObject().credentials()).orElseThrow();
        java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
        String index = "";
        long size = 0;
        io.qike.crm.archive.source.MediaChunk chunk;
        do {
            chunk = source.mediaData(credentials, m.sdkfileid(), index);
            md5.update(chunk.data());
            size += chunk.data().length;
            index = chunk.outIndexBuf();
        } while (!chunk.finished());
        assertThat(size).isEqualTo(m.filesize());
        assertThat(java.util.HexFormat.of().formatHex(md5.digest())).isEqualTo(m.md5sum());
    }

    @Autowired io.qike.crm.archive.source.ArchiveSource source;
    @Autowired ArchiveMessageRepository repository;
    @Autowired MessageParser parser;

    @Test
    void aRevokeThatArrivesBeforeItsOriginalStillMarksIt() {
        StoredItem revoke = item("r-1", 10, "{\"msgid\":\"r-1\",\"action\":\"recall\",\"from\":\"ZhangWei\",\"tolist\":[\"wmCustomer1\"],"
                + "\"roomid\":\"\",\"msgtime\":1780000060000,\"msgtype\":\"revoke\",\"revoke\":{\"pre_msgid\":\"o-1\"}}");
        StoredItem original = item("o-1", 11, "{\"msgid\":\"o-1\",\"action\":\"send\",\"from\":\"ZhangWei\",\"tolist\":[\"wmCustomer1\"],"
                + "\"roomid\":\"\",\"msgtime\":1780000000000,\"msgtype\":\"text\",\"text\":{\"content\":\"报价单\"}}");
        for (StoredItem i : List.of(revoke, original)) {
            TenantContext.runAs(t.tenantId(), () -> tx.executeWithoutResult(s -> {
                repository.insert(WecomSandboxSupport.CORP, i);
                repository.linkRecalls(List.of(i.msgid()));
            }));
        }
        ArchivedMessage o = TenantContext.callAs(t.tenantId(), () -> messages.find("o-1")).orElseThrow();
        assertThat(o.recalledBy()).isEqualTo("r-1");
        assertThat(o.recalledAt()).isEqualTo(java.time.Instant.ofEpochMilli(1780000060000L));
        assertThat(o.external()).isTrue();
        assertThat(o.conversation()).isEqualTo(ArchiveMessages.singleConversation("wmCustomer1", "ZhangWei"));
        assertThat(TenantContext.callAs(t.tenantId(), () -> messages.conversation(o.conversation(), null, 10)))
                .extracting(ArchivedMessage::msgid).containsExactly("o-1", "r-1");
    }

    StoredItem item(String msgid, long seq, String text) {
        return new StoredItem(msgid, seq, 1, null, null, null, parser.parse(msgid, text));
    }
}
