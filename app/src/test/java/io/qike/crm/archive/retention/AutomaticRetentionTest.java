package io.qike.crm.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.support.Api;
import io.qike.crm.support.IntegrationTest;
import io.qike.crm.support.TestFixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Automatic retention: with a rule, the new archived chats of a customer become one 企业微信聊天 record a day with the
 * transcript, however often and however concurrently the task runs; nothing new, no record; no rule, nothing.
 */
@IntegrationTest
class AutomaticRetentionTest {
    @LocalServerPort int port;
    @Autowired TestFixtures.Fixtures fixtures;
    @Autowired ArchivePuller puller;
    @Autowired JdbcClient jdbc;
    @Autowired AutomaticRetention retention;
    RetentionFixture f;

    @BeforeEach
    void setUp() {
        f = new RetentionFixture(port, fixtures, puller, jdbc);
    }

    @AfterEach
    void tearDown() {
        f.admin.put("/api/v1/wecom/archive/retention", "{\"rules\":[]}");
        f.close();
    }

    JsonNode rules(String json) {
        Api.Response r = f.admin.put("/api/v1/wecom/archive/retention", json);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("rules");
    }

    List<JsonNode> chatRecords() {
        List<JsonNode> out = new java.util.ArrayList<>();
        f.admin.get("/api/v1/sales-records?customerId=" + f.customerId).json().forEach(r -> {
            if (r.get("type").asString().equals("WECOM_CHAT")) out.add(r);
        });
        return out;
    }

    @Test
    void rulesAreAdministeredAndOnlyCoveredCustomersAreRetained() {
        assertThat(f.rep1.put("/api/v1/wecom/archive/retention", "{\"rules\":[{\"scope\":\"ENTERPRISE\"}]}").status()).isEqualTo(403);
        Api.Response bad = f.admin.put("/api/v1/wecom/archive/retention", "{\"rules\":[{\"scope\":\"CUSTOMER\",\"customerId\":999999999}]}");
        assertThat(bad.status()).isEqualTo(400);
        long other = f.admin.post("/api/v1/customers", Api.json(Map.of("name", "别的客户" + f.t.prefix()))).json().get("id").asLong();
        JsonNode saved = rules("{\"rules\":[{\"scope\":\"CUSTOMER\",\"customerId\":" + other + "}]}");
        assertThat(saved.get(0).get("name").asString()).startsWith("别的客户");

        assertThat(retention.run(f.t.tenantId())).isZero();
        assertThat(chatRecords()).isEmpty();

        rules("{\"rules\":[{\"scope\":\"DEPARTMENT\",\"departmentId\":" + f.t.salesDeptId() + "}]}");
        assertThat(f.admin.get("/api/v1/wecom/archive/retention").json().get("rules").get(0).get("scope").asString()).isEqualTo("DEPARTMENT");
        assertThat(retention.run(f.t.tenantId())).isEqualTo(1);
        assertThat(chatRecords()).hasSize(1);
    }

    @Test
    void theTaskRunTwiceAndConcurrentlyWritesOneRecordPerCustomerADayWithTheTranscript() throws Exception {
        rules("{\"rules\":[{\"scope\":\"ENTERPRISE\"}]}");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> { await(start); return retention.run(f.t.tenantId()); });
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> { await(start); return retention.run(f.t.tenantId()); });
        start.countDown();
        assertThat(a.get() + b.get()).isEqualTo(1);
        assertThat(retention.run(f.t.tenantId())).isZero();

        List<JsonNode> records = chatRecords();
        assertThat(records).hasSize(1);
        JsonNode r = records.get(0);
        assertThat(r.get("content").asString()).contains("企业微信聊天").contains("见附件");
        assertThat(r.get("contactId").asLong()).isEqualTo(f.contactId);
        JsonNode attachment = r.get("attachments").get(0);
        assertThat(attachment.get("fileName").asString()).endsWith(".html");
        int messages = f.sql("select messages from wecom_archive_retention_cursor where customer_id = ?", Integer.class, f.customerId).get(0);
        int archived = f.sql("""
                select count(*)::int from wecom_archive_message where conversation = ? and status = 'decrypted' and msgtype is not null""",
                Integer.class, io.qike.crm.archive.pull.ArchiveMessages.singleConversation(f.member, f.external)).get(0);
        assertThat(messages).isEqualTo(archived);

        // The record's author is the rep whose member chatted; its attachment is the transcript.
        assertThat(r.get("ownerId").asLong()).isEqualTo(f.t.rep1Id());

        // Nothing new: no record, whatever the day.
        jdbcAs("update wecom_archive_retention_cursor set day = day - 1");
        assertThat(retention.run(f.t.tenantId())).isZero();
        assertThat(chatRecords()).hasSize(1);
    }

    void jdbcAs(String sql) {
        io.qike.crm.platform.TenantContext.runAs(f.t.tenantId(), () -> jdbc.sql(sql).update());
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
