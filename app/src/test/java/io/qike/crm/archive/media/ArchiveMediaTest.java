package io.qike.crm.archive.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomSandboxSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The media of archived messages: fetched in chunks in the background, checked by md5, retried, failed for good. */
@IntegrationTest
class ArchiveMediaTest {
    static final String MEDIA = "/finance/GetMediaData";
    static final int CHUNK = 512 * 1024;
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchivePuller puller;
    @Autowired ArchiveMediaWorker worker;
    @Autowired ArchiveMedia media;
    @Autowired JdbcClient jdbc;
    TestTenant t;
    Api admin;
    WecomSandboxSupport sandbox;

    @BeforeEach
    void setUp() {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
        sandbox.reset();
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        new io.qike.crm.archive.ArchiveSetup(admin, sandbox).addKey();
        assertThat(puller.pull(t.tenantId(), null).outcome()).isEqualTo("ok");
    }

    @AfterEach
    void tearDown() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }

    <T> T sql(String query, Class<T> type, Object... params) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql(query).params(List.of(params)).query(type).single());
    }

    void sqlUpdate(String statement, Object... params) {
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql(statement).params(List.of(params)).update());
    }

    String md5(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
    }

    StoredMedia state(String msgid) {
        return TenantContext.callAs(t.tenantId(), () -> media.state(msgid)).orElseThrow();
    }

    @Test
    void afterAPullEveryMediaIsFetchedInChunksAndMatchesWhatWeComArchived() throws Exception {
        int withMedia = sql("select count(*) from wecom_archive_message where sdkfileid is not null", Integer.class);
        assertThat(withMedia).isGreaterThan(100);
        long chunks = sql("select sum((filesize + ? - 1) / ?) from wecom_archive_message where sdkfileid is not null", Long.class, CHUNK, CHUNK);
        assertThat(chunks).as("some files come in several chunks").isGreaterThan(withMedia);
        sandbox.admin("DELETE", "/counters", null);

        int fetched = worker.work(t.tenantId(), Integer.MAX_VALUE);
        // The scheduled run may have taken some items first: between them every item is fetched once.
        assertThat(fetched).isPositive();
        assertThat(sql("select count(*) from wecom_archive_media where status = 'fetched'", Integer.class)).isEqualTo(withMedia);
        assertThat(sandbox.admin("GET", "/counters", null).json().path(MEDIA).asLong()).isEqualTo(chunks);

        long big = sql("select seq from wecom_archive_message where sdkfileid is not null and filesize > ? order by seq limit 1", Long.class, 2 * CHUNK);
        long image = sql("select seq from wecom_archive_message where msgtype = 'image' order by seq limit 1", Long.class);
        long voice = sql("select seq from wecom_archive_message where msgtype = 'voice' order by seq limit 1", Long.class);
        for (long seq : new long[]{big, image, voice}) {
            JsonNode m = sandbox.admin("GET", "/archive/messages/" + seq, null).json();
            JsonNode body = m.get(m.get("msgtype").asString());
            Path file = TenantContext.callAs(t.tenantId(), () -> media.file(m.get("msgid").asString())).orElseThrow();
            assertThat(md5(file)).as("seq " + seq).isEqualTo(body.get("md5sum").asString());
            assertThat(Files.size(file)).isEqualTo(body.has("filesize") ? body.get("filesize").asLong() : body.get("voice_size").asLong());
        }
        // A second run has nothing left to fetch.
        sandbox.admin("DELETE", "/counters", null);
        assertThat(worker.work(t.tenantId(), Integer.MAX_VALUE)).isZero();
        assertThat(sandbox.admin("GET", "/counters", null).json().path(MEDIA).asLong()).isZero();
    }

    @Test
    void mediaOfAMessageThatDecryptsOnlyWhenItsKeyComesIsFetchedToo() {
        worker.work(t.tenantId(), Integer.MAX_VALUE);
        io.qike.crm.archive.ArchiveSetup keys = new io.qike.crm.archive.ArchiveSetup(admin, sandbox);
        // Messages under a key whose version is not entered yet are parked; newer ones, under a later key, are stored
        // and their media fetched, so the media already known reach past the parked ones.
        io.qike.crm.archive.ArchiveSetup.PendingKey withheld = keys.addKeyAwaitingVersion();
        sandbox.admin("POST", "/archive/messages", "{\"count\":300}");
        assertThat(puller.pull(t.tenantId(), null).outcome()).isEqualTo("ok");
        keys.addKey();
        sandbox.admin("POST", "/archive/messages", "{\"count\":100}");
        assertThat(puller.pull(t.tenantId(), null).outcome()).isEqualTo("ok");
        worker.work(t.tenantId(), Integer.MAX_VALUE);
        assertThat(sql("select count(*) from wecom_archive_message where status = 'failed'", Integer.class)).isEqualTo(300);

        assertThat(keys.setVersion(withheld.id(), withheld.version()).status()).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> sql("select count(*) from wecom_archive_message where status = 'failed'", Integer.class) == 0);
        int lateWithMedia = sql("select count(*) from wecom_archive_message where key_version = ? and sdkfileid is not null",
                Integer.class, withheld.version());
        assertThat(lateWithMedia).as("300 messages carry some media").isPositive();

        worker.work(t.tenantId(), Integer.MAX_VALUE);
        assertThat(sql("""
                select count(*) from wecom_archive_message m join wecom_archive_media d on d.msgid = m.msgid
                 where m.key_version = ? and d.status = 'fetched'""", Integer.class, withheld.version())).isEqualTo(lateWithMedia);
    }

    @Test
    void aFaultIsRetriedAfterItsBackOffAndAnMd5MismatchFailsForGoodAfterTheLastAttempt() {
        worker.work(t.tenantId(), 0); // only learns which media there are
        String a = sql("select msgid from wecom_archive_media order by seq limit 1", String.class);
        String b = sql("select msgid from wecom_archive_media order by seq limit 1 offset 1", String.class);
        sqlUpdate("update wecom_archive_media set next_attempt_at = now() + interval '1 day' where msgid not in (?, ?)", a, b);
        sqlUpdate("update wecom_archive_media set next_attempt_at = now() + interval '1 day' where msgid = ?", b);

        // WeCom answers 503 once: the attempt fails, the item waits a minute, then is fetched.
        assertThat(sandbox.admin("PUT", "/faults", Api.json(Map.of("endpoint", MEDIA, "http_status", 503, "times", 1))).status()).isEqualTo(200);
        assertThat(worker.work(t.tenantId(), 10)).isZero();
        StoredMedia failedOnce = state(a);
        assertThat(failedOnce.status()).isEqualTo(StoredMedia.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).contains("503");
        assertThat(sql("select next_attempt_at > now() + interval '50 seconds' from wecom_archive_media where msgid = ?", Boolean.class, a)).isTrue();
        assertThat(worker.work(t.tenantId(), 10)).as("not due yet").isZero();
        sqlUpdate("update wecom_archive_media set next_attempt_at = now() where msgid = ?", a);
        assertThat(worker.work(t.tenantId(), 10)).isEqualTo(1);
        assertThat(state(a).status()).isEqualTo(StoredMedia.FETCHED);
        assertThat(state(a).attempts()).isEqualTo(2);

        // The bytes never match the md5sum: each attempt fails, the fifth for good, with its reason.
        sqlUpdate("update wecom_archive_media set md5sum = '00000000000000000000000000000000', next_attempt_at = now() where msgid = ?", b);
        for (int i = 1; i <= ArchiveMediaWorker.MAX_ATTEMPTS && !state(b).status().equals(StoredMedia.FAILED); i++) {
            assertThat(worker.work(t.tenantId(), 10)).isZero();
            sqlUpdate("update wecom_archive_media set next_attempt_at = now() where msgid = ?", b);
        }
        StoredMedia failed = state(b);
        assertThat(failed.status()).isEqualTo(StoredMedia.FAILED);
        assertThat(failed.attempts()).isEqualTo(ArchiveMediaWorker.MAX_ATTEMPTS);
        assertThat(failed.lastError()).isEqualTo("md5_mismatch");
        assertThat(TenantContext.callAs(t.tenantId(), () -> media.file(b))).isEmpty();
        worker.work(t.tenantId(), 10);
        assertThat(state(b).attempts()).as("never tried again").isEqualTo(ArchiveMediaWorker.MAX_ATTEMPTS);
    }
}
