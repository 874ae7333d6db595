package io.qike.crm.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.archive.media.ArchiveMediaWorker;
import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomSandboxSupport;
import java.util.Arrays;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test enterprise connected to the simulator with its archive pulled (and, if asked, its media fetched), and the
 * simulator's busiest customer chat that has a recalled message and an image bound to a contact of a customer owned
 * by rep1: {@code conversation}, its external contact {@code external} and member {@code member}, {@code customerId},
 * {@code contactId}.
 */
public final class ArchiveChatFixture {
    public final TestTenant t;
    public final Api admin;
    public final WecomSandboxSupport sandbox;
    public final String conversation;
    public final String external;
    public final String member;
    public final long customerId;
    public final long contactId;

    public ArchiveChatFixture(int port, TestFixtures.Fixtures fixtures, ArchivePuller puller,
                              ArchiveMediaWorker media, JdbcClient jdbc, boolean fetchMedia) {
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
        sandbox.reset();
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        new ArchiveSetup(admin, sandbox).addKey();
        assertThat(puller.pull(t.tenantId(), null).outcome()).isEqualTo("ok");
        if (fetchMedia) {
            String counts = "";
            for (int i = 0; i < 5; i++) {
                media.work(t.tenantId(), Integer.MAX_VALUE);
                counts = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("""
                        select (select count(*) from wecom_archive_message where sdkfileid is not null) || ' media, '
                               || (select string_agg(status || '=' || n, ' ') from (select status, count(*) n from wecom_archive_media group by status) s)""")
                        .query(String.class).single());
                if (counts.matches("(\\d+) media, fetched=\\1")) break;
            }
            assertThat(counts).as("media fetched by the fixture").matches("(\\d+) media, fetched=\\1");
        }
        conversation = TenantContext.callAs(t.tenantId(), () -> jdbc.sql("""
                        select conversation from wecom_archive_message where conversation like 'single:%' and external
                         group by conversation
                        having count(*) filter (where recalled_by is not null) > 0 and count(*) filter (where msgtype = 'image') > 0
                         order by count(*) desc, conversation limit 1""").query(String.class).single());
        String[] parties = conversation.substring("single:".length()).split(",");
        external = Arrays.stream(parties).filter(p -> p.startsWith("wm")).findFirst().orElseThrow();
        member = Arrays.stream(parties).filter(p -> !p.startsWith("wm")).findFirst().orElseThrow();
        customerId = admin.post("/api/v1/customers?confirmSimilar=true", Api.json(Map.of("name", t.prefix() + "会话存档科技有限公司",
                "ownerId", t.rep1Id()))).json().get("id").asLong();
        Api.Response contact = admin.post("/api/v1/contacts", Api.json(Map.of("name", "王聊天", "customerId", customerId,
                "ownerId", t.rep1Id())));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        contactId = contact.json().get("id").asLong();
        Api.Response linked = admin.put("/api/v1/wecom/external-contacts/" + external + "/contact", Api.json(Map.of("contactId", contactId)));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
    }

    public Api as(int port, String who) {
        return new Api(port).login(t.login(who), TestFixtures.PASSWORD);
    }

    public void close() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }
}
