package io.qike.crm.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * 会话内容手动留存 by API and on the pages: a bound rep turns selected messages (one by one, by time, the last N) of a
 * chat with an external contact they follow into one escaped HTML transcript that a sales record keeps; the unbound
 * are told so, and nobody reads chats with external contacts they do not follow.
 */
@IntegrationTest
class ManualRetentionTest {
    static final String API = "/api/v1/wecom/archive";
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchivePuller puller;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TranscriptCleanup cleanup;
    RetentionFixture f;

    @BeforeEach
    void setUp() {
        f = new RetentionFixture(port, fixtures, puller, jdbc);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    List<JsonNode> lines() {
        Api.Response r = f.rep1.get(API + "/chats/" + f.external + "/messages");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().forEach(out::add);
        return out;
    }

    JsonNode transcript(Api as, Map<String, Object> body, int status) {
        Api.Response r = as.post(API + "/transcripts", Api.json(body));
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r.json();
    }

    String html(Api as, JsonNode t) {
        Api.Response file = as.get(t.get("url").asString());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/html");
        return file.body();
    }

    static int count(String html, String part) {
        return html.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aBoundRepImportsSelectedMessagesByTimeAndTheLastNAsOneEscapedTranscript() throws Exception {
        JsonNode partners = f.rep1.get(API + "/chats?customerId=" + f.customerId).json();
        assertThat(partners).hasSize(1);
        assertThat(partners.get(0).get("externalUserid").asString()).isEqualTo(f.external);

        List<JsonNode> lines = lines();
        assertThat(lines.size()).isGreaterThanOrEqualTo(6);
        List<JsonNode> texts = lines.stream().filter(l -> l.get("msgtype").asString().equals("text")).toList();
        // A message carrying markup is shown as text, never as markup.
        String tricky = texts.get(0).get("msgid").asString();
        TenantContext.runAs(f.t.tenantId(), () -> jdbc.sql("update wecom_archive_message set content = jsonb_set(content, '{text,content}', to_jsonb(?::text)) where msgid = ?")
                .params("<script>alert(1)</script> & <b>粗体</b>", tricky).update());

        // One by one: exactly the two picked.
        JsonNode picked = transcript(f.rep1, Map.of("externalUserid", f.external, "msgids", List.of(tricky, texts.get(2).get("msgid").asString())), 201);
        assertThat(picked.get("messages").asInt()).isEqualTo(2);
        assertThat(picked.get("text").asString()).contains("<script>alert(1)</script>").contains(texts.get(2).get("text").asString());
        String html = html(f.rep1, picked);
        assertThat(count(html, "class=\"msg\"")).isEqualTo(2);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>粗体").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;粗体&lt;/b&gt;")
                .contains(texts.get(2).get("time").asString()).contains(texts.get(2).get("fromName").asString())
                .doesNotContain(texts.get(1).get("time").asString());

        // By time: [from, to) of the conversation.
        Instant from = Instant.parse(lines.get(1).get("msgtime").asString());
        Instant to = Instant.parse(lines.get(4).get("msgtime").asString());
        long inRange = lines.stream().map(l -> Instant.parse(l.get("msgtime").asString())).filter(at -> !at.isBefore(from) && at.isBefore(to)).count();
        JsonNode ranged = transcript(f.rep1, Map.of("externalUserid", f.external, "from", from.toString(), "to", to.toString()), 201);
        assertThat(ranged.get("messages").asInt()).isEqualTo((int) inRange);
        assertThat(count(html(f.rep1, ranged), "class=\"msg\"")).isEqualTo((int) inRange);

        // The last N.
        JsonNode last = transcript(f.rep1, Map.of("externalUserid", f.external, "lastN", 3), 201);
        assertThat(last.get("messages").asInt()).isEqualTo(3);
        String lastHtml = html(f.rep1, last);
        assertThat(count(lastHtml, "class=\"msg\"")).isEqualTo(3);
        assertThat(lastHtml).contains(lines.get(lines.size() - 1).get("time").asString());

        // Two ways at once, or nothing: refused in words.
        JsonNode both = transcript(f.rep1, Map.of("externalUserid", f.external, "lastN", 3, "msgids", List.of(tricky)), 400);
        assertThat(both.toString()).contains("只用一种方式");

        // Only its maker reads a held transcript.
        assertThat(f.admin.get(picked.get("url").asString()).status()).isEqualTo(404);

        // Published with a record, the transcript stays with it (the form's multipart upload, as the browser sends it).
        byte[] file = html.getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/customers/" + f.customerId + "/records").file(new MockMultipartFile("files", picked.get("fileName").asString(), "text/html", file))
                .param("type", "WECOM").param("content", "跟进\n\n" + picked.get("text").asString())
                .with(user(fixtures.user(f.t.rep1Id()))).with(csrf()).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn();
        JsonNode record = f.rep1.get("/api/v1/sales-records?customerId=" + f.customerId).json().get(0);
        assertThat(record.get("content").asString()).contains("<script>alert(1)</script>");
        assertThat(record.get("attachments").get(0).get("fileName").asString()).endsWith(".html");
        assertThat(record.get("attachments").get(0).get("contentType").asString()).startsWith("text/html");
    }

    @Test
    void theUnboundAreToldAndNobodyReadsAChatOfAnExternalContactTheyDoNotFollow() throws Exception {
        Api rep2 = new Api(port).login(f.t.login("rep2"), TestFixtures.PASSWORD);
        Api.Response unbound = rep2.get(API + "/chats");
        assertThat(unbound.status()).isEqualTo(409);
        assertThat(unbound.json().get("code").asString()).isEqualTo("wecom_not_bound");
        String dialog = mvc.perform(get("/archive/retention/import").param("form", "record-composer")
                .with(user(fixtures.user(f.t.rep2Id()))).cookie(new Cookie("qike-lang", "zh-CN"))).andReturn().getResponse().getContentAsString();
        assertThat(dialog).contains("wecom-import-not-bound").contains("还没有绑定企业微信成员");

        // Bound to a member who does not follow the external contact (whose contact is rep1's): not found, no transcript.
        f.bind(f.otherMember(), f.t.rep2Id());
        assertThat(rep2.get(API + "/chats").json().toString()).doesNotContain(f.external);
        assertThat(rep2.get(API + "/chats/" + f.external + "/messages").status()).isEqualTo(404);
        transcript(rep2, Map.of("externalUserid", f.external, "lastN", 5), 404);
        assertThat(mvc.perform(get("/archive/retention/import/chat").param("form", "x").param("externalUserId", f.external)
                .with(user(fixtures.user(f.t.rep2Id())))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void everyEntryPointOffersTheImportAndTheDialogListsTheRepsChats() throws Exception {
        var rep1 = fixtures.user(f.t.rep1Id());
        String timeline = mvc.perform(get("/customers/" + f.customerId + "/records").with(user(rep1)).cookie(new Cookie("qike-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(timeline).contains("id=\"record-composer-wecom-import\"").contains("从企业微信导入").contains("id=\"record-composer-wecom-dialog\"");
        String customerPage = mvc.perform(get("/customers/" + f.customerId).with(user(rep1))).andReturn().getResponse().getContentAsString();
        assertThat(customerPage).contains("/js/archive-retention.js").contains("id=\"sales-records\"");
        String feed = mvc.perform(get("/h5/feed").param("compose", "record").with(user(rep1)).cookie(new Cookie("qike-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(feed).contains("id=\"feed-record-form-wecom-import\"").contains("从企业微信导入").contains("multipart/form-data")
                .contains("/js/archive-retention.js");
        String dialog = mvc.perform(get("/archive/retention/import").param("form", "feed-record-form").with(user(rep1)))
                .andReturn().getResponse().getContentAsString();
        assertThat(dialog).contains("data-external-userid=\"" + f.external + "\"");

        // The 工作圈 composer publishes the imported transcript with its record.
        JsonNode t = transcript(f.rep1, Map.of("externalUserid", f.external, "lastN", 2), 201);
        mvc.perform(multipart("/h5/feed/record").file(new MockMultipartFile("files", t.get("fileName").asString(), "text/html",
                        html(f.rep1, t).getBytes(StandardCharsets.UTF_8)))
                .param("customerId", "" + f.customerId).param("type", "WECOM").param("content", t.get("text").asString())
                .with(user(rep1)).with(csrf())).andReturn();
        JsonNode record = f.rep1.get("/api/v1/sales-records?customerId=" + f.customerId).json().get(0);
        assertThat(record.get("attachments").get(0).get("fileName").asString()).isEqualTo(t.get("fileName").asString());
    }

    @Test
    void heldTranscriptsOlderThanTheHoldAreDeletedAndAPublishedCopyStays() throws Exception {
        JsonNode published = transcript(f.rep1, Map.of("externalUserid", f.external, "lastN", 2), 201);
        JsonNode forgotten = transcript(f.rep1, Map.of("externalUserid", f.external, "lastN", 4), 201);
        JsonNode fresh = transcript(f.rep1, Map.of("externalUserid", f.external, "lastN", 3), 201);
        String publishedHtml = html(f.rep1, published);
        mvc.perform(multipart("/customers/" + f.customerId + "/records").file(new MockMultipartFile("files",
                        published.get("fileName").asString(), "text/html", publishedHtml.getBytes(StandardCharsets.UTF_8)))
                .param("type", "WECOM").param("content", published.get("text").asString())
                .with(user(fixtures.user(f.t.rep1Id()))).with(csrf())).andReturn();
        // Two of them were made two days ago, beyond the hold (a day).
        TenantContext.runAs(f.t.tenantId(), () -> jdbc.sql("update wecom_archive_transcript set created_at = now() - interval '2 days' where id = any(?)")
                .param(new java.util.UUID[]{java.util.UUID.fromString(published.get("uploadId").asString()),
                        java.util.UUID.fromString(forgotten.get("uploadId").asString())}).update());

        cleanup.run();

        assertThat(f.rep1.get(published.get("url").asString()).status()).isEqualTo(404);
        assertThat(f.rep1.get(forgotten.get("url").asString()).status()).isEqualTo(404);
        assertThat(html(f.rep1, fresh)).contains("class=\"msg\"");
        // The record keeps its copy: the file in the store is not deleted with the held transcript.
        JsonNode record = f.rep1.get("/api/v1/sales-records?customerId=" + f.customerId).json().get(0);
        JsonNode attachment = record.get("attachments").get(0);
        assertThat(attachment.get("fileName").asString()).isEqualTo(published.get("fileName").asString());
        var download = mvc.perform(get("/sales-records/" + record.get("id").asLong() + "/attachments/" + attachment.get("id").asLong())
                .with(user(fixtures.user(f.t.rep1Id())))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(publishedHtml);
    }

    /** A text message of a group chat as the archive stores it. */
    void roomMessage(String roomid, String msgid, String from, List<String> to, Instant at, String text) {
        Map<String, Object> content = Map.of("msgid", msgid, "action", "send", "from", from, "tolist", to, "roomid", roomid,
                "msgtime", at.toEpochMilli(), "msgtype", "text", "text", Map.of("content", text));
        TenantContext.runAs(f.t.tenantId(), () -> jdbc.sql("""
                        insert into wecom_archive_message(msgid, corp_id, seq, key_version, status, action, msgtype, from_id, tolist,
                                                          roomid, msgtime, conversation, content, external)
                        select ?, corp_id, max(seq) + 1, 1, 'decrypted', 'send', 'text', ?, ?, ?, ?, ?, cast(? as jsonb), true
                          from wecom_archive_message group by corp_id limit 1""")
                .params(msgid, from, to.toArray(String[]::new), roomid, java.sql.Timestamp.from(at), "room:" + roomid, Api.json(content))
                .update());
    }

    @Test
    void aGroupChatWithTheExternalContactIsAConversationToImportFromAndOthersAreNot() throws Exception {
        String colleague = f.otherMember();
        String stranger = f.sql("select distinct from_id from wecom_archive_message where from_id like 'wm%' and from_id <> ? order by from_id limit 1",
                String.class, f.external).get(0);
        Instant at = Instant.now().minusSeconds(3600);
        String shared = "wrShared" + f.t.prefix();
        roomMessage(shared, "g1_" + shared, f.member, List.of(f.external, colleague), at, "大家好，方案见群文件");
        roomMessage(shared, "g2_" + shared, f.external, List.of(f.member, colleague), at.plusSeconds(60), "收到，<b>周五</b>前反馈");
        roomMessage(shared, "g3_" + shared, colleague, List.of(f.member, f.external), at.plusSeconds(120), "我补充一下报价");
        roomMessage(shared, "g4_" + shared, f.member, List.of(f.external, colleague), at.plusSeconds(180), "好的，周五见");
        // A group chat of the contact without rep1's member, and one of rep1's member without the contact: neither is offered.
        String notMine = "wrNotMine" + f.t.prefix();
        roomMessage(notMine, "n1_" + notMine, colleague, List.of(f.external), at, "不该被看到");
        String notTheirs = "wrNotTheirs" + f.t.prefix();
        roomMessage(notTheirs, "t1_" + notTheirs, f.member, List.of(stranger, colleague), at, "别的客户");

        Api.Response listed = f.rep1.get(API + "/chats/" + f.external + "/conversations");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode conversations = listed.json();
        assertThat(conversations).hasSize(2);
        assertThat(conversations.get(0).get("group").asBoolean()).isFalse();
        assertThat(conversations.get(0).get("name").asString()).isEqualTo("单聊");
        assertThat(conversations.get(1).get("conversation").asString()).isEqualTo("room:" + shared);
        assertThat(conversations.get(1).get("group").asBoolean()).isTrue();
        assertThat(conversations.get(1).get("members").asInt()).isEqualTo(3);
        assertThat(conversations.get(1).get("name").asString()).isEqualTo("群聊（3 人）");

        Api.Response room = f.rep1.get(API + "/chats/" + f.external + "/messages?conversation=room:" + shared);
        assertThat(room.status()).as(room.body()).isEqualTo(200);
        assertThat(room.json()).hasSize(4);
        assertThat(room.json().get(1).get("text").asString()).isEqualTo("收到，<b>周五</b>前反馈");
        assertThat(room.json().get(0).get("fromName").asString()).isEqualTo(fixtures.user(f.t.rep1Id()).displayName());
        // Without a conversation the one-to-one chat is shown, as before.
        assertThat(lines().get(0).get("msgid").asString()).doesNotStartWith("g");

        // One by one, by time and the last N, all in the group chat.
        JsonNode picked = transcript(f.rep1, Map.of("externalUserid", f.external, "conversation", "room:" + shared,
                "msgids", List.of("g2_" + shared, "g3_" + shared)), 201);
        assertThat(picked.get("messages").asInt()).isEqualTo(2);
        assertThat(picked.get("fileName").asString()).contains("群聊（3 人）");
        String html = html(f.rep1, picked);
        assertThat(count(html, "class=\"msg\"")).isEqualTo(2);
        assertThat(html).contains("&lt;b&gt;周五&lt;/b&gt;").contains("我补充一下报价").doesNotContain("方案见群文件");
        JsonNode ranged = transcript(f.rep1, Map.of("externalUserid", f.external, "conversation", "room:" + shared,
                "from", at.plusSeconds(30).toString(), "to", at.plusSeconds(150).toString()), 201);
        assertThat(ranged.get("messages").asInt()).isEqualTo(2);
        JsonNode last = transcript(f.rep1, Map.of("externalUserid", f.external, "conversation", "room:" + shared, "lastN", 3), 201);
        assertThat(last.get("messages").asInt()).isEqualTo(3);
        assertThat(last.get("text").asString()).contains("好的，周五见").doesNotContain("方案见群文件");
        // A single chat's msgid is not taken from a group chat's selection.
        String singleMsg = lines().get(0).get("msgid").asString();
        transcript(f.rep1, Map.of("externalUserid", f.external, "conversation", "room:" + shared, "msgids", List.of(singleMsg)), 400);

        // Group chats rep1's member was not in, or without this contact: not found.
        assertThat(f.rep1.get(API + "/chats/" + f.external + "/messages?conversation=room:" + notMine).status()).isEqualTo(404);
        transcript(f.rep1, Map.of("externalUserid", f.external, "conversation", "room:" + notMine, "lastN", 1), 404);
        transcript(f.rep1, Map.of("externalUserid", f.external, "conversation", "room:" + notTheirs, "lastN", 1), 404);

        // The dialog offers both conversations and shows the group chat's messages, its selection going to it.
        String dialog = mvc.perform(get("/archive/retention/import/chat").param("form", "record-composer").param("externalUserId", f.external)
                        .param("conversation", "room:" + shared).with(user(fixtures.user(f.t.rep1Id()))).cookie(new Cookie("qike-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(dialog).contains("data-conversation=\"room:" + shared + "\"").contains("群聊（3 人）").contains("单聊")
                .contains("name=\"conversation\" value=\"room:" + shared + "\"").contains("我补充一下报价").doesNotContain(notMine);
        String done = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/archive/retention/import")
                        .param("form", "record-composer").param("externalUserId", f.external).param("conversation", "room:" + shared)
                        .param("mode", "last").param("lastN", "2").with(user(fixtures.user(f.t.rep1Id()))).with(csrf())
                        .cookie(new Cookie("qike-lang", "zh-CN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(done).contains("wecom-import-done").contains("已导入 2 条消息");
    }
}
