package io.qike.crm.archive.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.archive.ArchiveChatFixture;
import io.qike.crm.archive.media.ArchiveMediaWorker;
import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 企业微信聊天 of a contact and its customer: its conversations, their messages in order, search, date jump, media, scope. */
@IntegrationTest
class ArchiveConversationTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchivePuller puller;
    @Autowired ArchiveMediaWorker worker;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    ArchiveChatFixture f;
    Api rep1;

    @BeforeEach
    void setUp() {
        f = new ArchiveChatFixture(port, fixtures, puller, worker, jdbc, true);
        rep1 = f.as(port, "rep1");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    List<String> expected(String extraCondition) {
        return TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("""
                        select msgid from wecom_archive_message where conversation = ? and msgtype is distinct from 'revoke' %s
                         order by msgtime, seq""".formatted(extraCondition)).param(f.conversation).query(String.class).list());
    }

    String messages(String query) {
        return "/api/v1/wecom/archive/conversations/" + f.conversation + "/messages" + query;
    }

    static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("messages").forEach(m -> out.add(m.get("msgid").asString()));
        return out;
    }

    @Test

    void aContactBoundToAnExternalContactShowsItsConversationWithMessagesInOrderRecallsAndMedia() {
        Api.Response list = rep1.get("/api/v1/contacts/" + f.contactId + "/wecom-conversations");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode conversation = null;
        for (JsonNode c : list.json()) if (c.get("key").asString().equals(f.conversation)) conversation = c;
        assertThat(conversation).as(list.body()).isNotNull();
        assertThat(conversation.get("customers").get(0).asString()).isEqualTo("王聊天");
        assertThat(conversation.get("group").asBoolean()).isFalse();
        List<String> ofCustomer = new ArrayList<>();
        rep1.get("/api/v1/customers/" + f.customerId + "/wecom-conversations").json().forEach(c -> ofCustomer.add(c.get("key").asString()));
        assertThat(ofCustomer).contains(f.conversation);

        List<String> all = expected("");
        assertThat(all.size()).isLessThanOrEqualTo(200);
        JsonNode page = rep1.get(messages("?limit=200")).json();
        assertThat(ids(page)).isEqualTo(all);
        Instant last = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("select max(msgtime) from wecom_archive_message where conversation = ?")
                .param(f.conversation).query(java.sql.Timestamp.class).single().toInstant());
        assertThat(OffsetDateTime.parse(conversation.get("lastMessageAt").asString()).toInstant()).isEqualTo(last);
        List<String> recalled = expected("and recalled_by is not null");
        assertThat(recalled).isNotEmpty();
        // Media fetched by the fixture's run show as fetched; one archived since (the simulator keeps chatting) as pending.
        List<String> fetched = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("select msgid from wecom_archive_media where status = 'fetched'")
                .query(String.class).list());
        int images = 0;
        for (JsonNode m : page.get("messages")) {
            assertThat(m.get("recalled").asBoolean()).as(m.toString()).isEqualTo(recalled.contains(m.get("msgid").asString()));
            assertThat(m.get("ours").asBoolean()).isEqualTo(!m.get("sender").asString().equals("王聊天"));
            if (m.get("kind").asString().matches("image|voice|file")) {
                assertThat(m.get("media").asString()).isEqualTo(fetched.contains(m.get("msgid").asString()) ? "fetched" : "pending");
                if (m.get("kind").asString().equals("image") && fetched.contains(m.get("msgid").asString())) images++;
            }
        }

        assertThat(images).isPositive();

        // Paging backwards: the newest 3, then the 3 before them.
        JsonNode newest = rep1.get(messages("?limit=3")).json();
        assertThat(ids(newest)).isEqualTo(all.subList(all.size() - 3, all.size()));
        String before = newest.get("earliest").asString().replace("+", "%2B");
        assertThat(ids(rep1.get(messages("?limit=3&before=" + before)).json())).isEqualTo(all.subList(all.size() - 6, all.size() - 3));
    }

    @Test
    void searchFindsTextAnyCaseAndADateJumpOpensThatDaysFirstMessages() {
        String text = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("""
                select content->'text'->>'content' from wecom_archive_message where conversation = ? and msgtype = 'text'
                 order by seq limit 1""").param(f.conversation).query(String.class).single());
        String word = text.substring(0, Math.min(3, text.length()));
        JsonNode found = rep1.get(messages("?limit=200&q=" + java.net.URLEncoder.encode(word.toUpperCase(), java.nio.charset.StandardCharsets.UTF_8))).json();
        assertThat(found.get("messages").size()).isPositive();
        for (JsonNode m : found.get("messages")) {
            assertThat(m.get("kind").asString()).isEqualTo("text");
            assertThat(m.get("text").asString().toLowerCase()).contains(word.toLowerCase());
        }
        assertThat(ids(found)).isEqualTo(expected("and msgtype = 'text' and content->'text'->>'content' ilike '%' || "
                + "'" + word.replace("'", "''") + "' || '%'"));

        // The enterprise's day (Asia/Shanghai) of the middle message: the jump starts at that day's first message.
        List<String> all = expected("");
        String middle = all.get(all.size() / 2);
        Instant at = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("select msgtime from wecom_archive_message where msgid = ?")
                .param(middle).query(java.sql.Timestamp.class).single().toInstant());
        LocalDate day = at.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        Instant start = day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        JsonNode jumped = rep1.get(messages("?date=" + day + "&limit=5")).json();
        String first = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("""
                select msgid from wecom_archive_message where conversation = ? and msgtype is distinct from 'revoke' and msgtime >= ?
                 order by msgtime, seq limit 1""").params(f.conversation, java.sql.Timestamp.from(start)).query(String.class).single());
        assertThat(ids(jumped).get(0)).isEqualTo(first);
        assertThat(OffsetDateTime.parse(jumped.get("messages").get(0).get("time").asString()).toInstant()).isAfterOrEqualTo(start);
        assertThat(jumped.get("messages").get(0).get("time").asString()).endsWith("+08:00");

        assertThat(rep1.get(messages("?date=2026-13-01")).status()).isEqualTo(400);
        assertThat(rep1.get(messages("?limit=0")).status()).isEqualTo(400);
    }

    @Test
    void mediaAreServedToWhoMaySeeTheCustomerAndARepOutsideTheScopeSeesNothing() throws Exception {
        String image = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("""
                select m.msgid from wecom_archive_message m join wecom_archive_media d on d.msgid = m.msgid
                 where m.conversation = ? and m.msgtype = 'image' and d.status = 'fetched' order by m.seq limit 1""")
                .param(f.conversation).query(String.class).single());
        String md5sum = TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("select md5sum from wecom_archive_message where msgid = ?")
                .param(image).query(String.class).single());
        assertThat(TenantContext.callAs(f.t.tenantId(), () -> jdbc.sql("select status from wecom_archive_media where msgid = ?")
                .param(image).query(String.class).single())).isEqualTo("fetched");
        HttpResponse<byte[]> ok = raw("rep1", "/api/v1/wecom/archive/media/" + image);
        assertThat(ok.statusCode()).as(new String(ok.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElseThrow()).matches("image/(png|jpeg)");
        assertThat(ok.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(ok.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(ok.body()))).isEqualTo(md5sum);

        Api rep2 = f.as(port, "rep2");
        assertThat(raw("rep2", "/api/v1/wecom/archive/media/" + image).statusCode()).isEqualTo(404);
        assertThat(rep2.get(messages("")).status()).isEqualTo(404);
        assertThat(rep2.get(messages("")).contentType()).startsWith("application/problem+json");
        assertThat(rep2.get("/api/v1/contacts/" + f.contactId + "/wecom-conversations").status()).isEqualTo(404);
        assertThat(rep2.get("/api/v1/customers/" + f.customerId + "/wecom-conversations").status()).isEqualTo(404);
        // The manager of rep1's team and the admin see it.
        assertThat(f.as(port, "manager").get(messages("")).status()).isEqualTo(200);
        assertThat(f.admin.get(messages("")).status()).isEqualTo(200);

        // Not fetched yet: 404 until it is.
        TenantContext.runAs(f.t.tenantId(), () -> jdbc.sql("update wecom_archive_media set status = 'pending' where msgid = ?").param(image).update());
        assertThat(raw("rep1", "/api/v1/wecom/archive/media/" + image).statusCode()).isEqualTo(404);
        JsonNode shown = null;
        for (JsonNode m : rep1.get(messages("?limit=200")).json().get("messages")) if (m.get("msgid").asString().equals(image)) shown = m;
        assertThat(shown).isNotNull();
        assertThat(shown.get("media").asString()).isEqualTo("pending");
    }

    HttpResponse<byte[]> raw(String who, String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String login = "{\"login\":\"" + f.t.login(who) + "\",\"password\":\"" + TestFixtures.PASSWORD + "\"}";
        String token = json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(login)).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("token").asString();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
