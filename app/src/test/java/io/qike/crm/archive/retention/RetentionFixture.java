package io.qike.crm.archive.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.qike.crm.archive.ArchiveSetup;
import io.qike.crm.archive.pull.ArchivePuller;
import io.qike.crm.archive.pull.PullResult;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.support.Api;
import io.qike.crm.support.TestFixtures;
import io.qike.crm.support.TestFixtures.TestTenant;
import io.qike.crm.wecom.WecomSandboxSupport;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An enterprise connected to the simulator with its archive pulled, and rep1 bound to a member who has an archived
 * one-to-one chat with an external contact; rep1 imported that contact into rep1's customer. {@code member} and
 * {@code external} are the two parties of that chat, {@code customerId} and {@code contactId} where it landed.
 */
final class RetentionFixture {
    final TestTenant t;
    final Api admin;
    final Api rep1;
    final WecomSandboxSupport sandbox;
    final String member;
    final String external;
    final long customerId;
    final long contactId;
    private final JdbcClient jdbc;

    RetentionFixture(int port, TestFixtures.Fixtures fixtures, ArchivePuller puller, JdbcClient jdbc) {
        this.jdbc = jdbc;
        t = fixtures.tenant();
        admin = new Api(port).login(t.login("admin"), TestFixtures.PASSWORD);
        rep1 = new Api(port).login(t.login("rep1"), TestFixtures.PASSWORD);
        sandbox = new WecomSandboxSupport(port);
        sandbox.reset();
        assertThat(admin.put("/api/v1/wecom/connection", Api.json(sandbox.fullConnection())).status()).isEqualTo(200);
        new ArchiveSetup(admin, sandbox).addKey();
        assertThat(puller.pull(t.tenantId(), null).outcome()).isEqualTo(PullResult.OK);

        // The one-to-one customer chat with the most text messages.
        String conversation = sql("""
                select conversation from wecom_archive_message where external and conversation like 'single:%' and msgtype = 'text'
                 group by conversation order by count(*) desc, conversation limit 1""", String.class).get(0);
        List<String> parties = Arrays.asList(conversation.substring("single:".length()).split(","));
        external = parties.stream().filter(p -> p.startsWith("wm")).findFirst().orElseThrow();
        member = parties.stream().filter(p -> !p.equals(external)).findFirst().orElseThrow();
        bind(member, t.rep1Id());

        customerId = rep1.post("/api/v1/customers", Api.json(Map.of("name", "会话留存测试客户" + t.prefix()))).json().get("id").asLong();
        Api.Response imported = rep1.post("/api/v1/wecom/external-contacts/imports",
                Api.json(Map.of("externalUserIds", List.of(external), "customerId", customerId)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        contactId = imported.json().get("results").get(0).get("contactId").asLong();
    }

    void bind(String userid, long userId) {
        TenantContext.runAs(t.tenantId(), () -> jdbc.sql("insert into wecom_binding(userid, user_id) values (?, ?)").params(userid, userId).update());
    }

    <T> List<T> sql(String query, Class<T> type, Object... params) {
        return TenantContext.callAs(t.tenantId(), () -> jdbc.sql(query).params(params).query(type).list());
    }

    /** A member with archived chats who does not follow the external contact. */
    String otherMember() {
        return sql("""
                select distinct from_id from wecom_archive_message where conversation like 'single:%' and from_id not like 'wm%'
                   and from_id <> ? and from_id not in (select userid from wecom_external_follow where external_userid = ?)
                 order by from_id limit 1""", String.class, member, external).get(0);
    }

    void close() {
        admin.delete("/api/v1/wecom/connection");
        sandbox.reset();
    }
}
