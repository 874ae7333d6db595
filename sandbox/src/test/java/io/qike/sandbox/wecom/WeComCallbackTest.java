package io.qike.sandbox.wecom;

import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.common.util.crypto.SHA1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static io.qike.sandbox.wecom.WeComSandbox.CORP_ID;
import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComCallbackTest {
    private CallbackReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        WeComSandbox.reset();
        receiver = new CallbackReceiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    /** How a product parses an event with WxJava: signature check, decryption, receiveid check, XML binding. */
    private WxCpXmlMessage parse(CallbackReceiver.Received r) {
        assertThat(r.error()).isNull();
        return WxCpXmlMessage.fromEncryptedXml(r.body(), receiver.config(), r.query().get("timestamp"),
                r.query().get("nonce"), r.query().get("msg_signature"));
    }

    @Test
    void savingACallbackUrlRequiresTheEchostrAnswer() {
        receiver.answerWrongEcho = true;
        assertThatThrownBy(() -> admin("PUT", "/apps/contacts/callback", receiver.settings())).hasMessageContaining("422");
        assertThat(admin("GET", "/apps/contacts", null).has("callback")).isFalse();
        receiver.answerWrongEcho = false;
        JsonNode saved = admin("PUT", "/apps/contacts/callback", receiver.settings());
        assertThat(saved.path("saved").asBoolean()).isTrue();
        assertThat(admin("GET", "/apps/contacts", null).path("callback").path("url").asString()).isEqualTo(receiver.url());
    }

    @Test
    void contactChangeIsSignedAndEncryptedForTheCorp() {
        admin("PUT", "/apps/contacts/callback", receiver.settings());
        JsonNode d = admin("POST", "/callbacks/contacts/events", Map.of("event", "change_contact", "change_type", "update_user",
                "fields", Map.of("UserID", "ZhangWei", "Position", "销售经理")));
        assertThat(d.path("delivered").asBoolean()).isTrue();
        assertThat(d.path("attempts")).hasSize(1);
        CallbackReceiver.Received got = receiver.events.get(0);
        assertThat(got.error()).isNull();
        WxCpXmlMessage msg = parse(got);
        assertThat(msg.getEvent()).isEqualTo("change_contact");
        assertThat(msg.getChangeType()).isEqualTo("update_user");
        assertThat(msg.getUserId()).isEqualTo("ZhangWei");
        assertThat(msg.getToUserName()).isEqualTo(CORP_ID);
        Map<String, String> q = got.query();
        String encrypt = got.body().replaceAll("(?s).*<Encrypt><!\\[CDATA\\[(.*)]]></Encrypt>.*", "$1");
        assertThat(SHA1.gen(receiver.token, q.get("timestamp"), q.get("nonce"), encrypt)).isEqualTo(q.get("msg_signature"));
        assertThatThrownBy(() -> receiver.crypt("AnotherToken").decryptXml(q.get("msg_signature"), q.get("timestamp"), q.get("nonce"), got.body()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void externalContactAndArchiveNotifications() {
        admin("PUT", "/apps/customer/callback", receiver.settings());
        admin("PUT", "/apps/archive/callback", receiver.settings());
        admin("POST", "/callbacks/customer/events", Map.of("event", "change_external_contact", "change_type", "add_external_contact",
                "fields", Map.of("UserID", "ZhangWei", "ExternalUserID", "wmABC", "State", "expo2025", "WelcomeCode", "WC1")));
        WxCpXmlMessage add = parse(receiver.events.get(0));
        assertThat(add.getExternalUserId()).isEqualTo("wmABC");
        assertThat(add.getWelcomeCode()).isEqualTo("WC1");
        JsonNode appended = admin("POST", "/archive/messages", Map.of("count", 2, "notify", true));
        assertThat(appended.path("notify").path("delivered").asBoolean()).isTrue();
        WxCpXmlMessage notify = parse(receiver.events.get(1));
        assertThat(notify.getEvent()).isEqualTo("msgaudit_notify");
        assertThat(notify.getAgentId()).isEqualTo("2000004");
    }

    @Test
    void failedDeliveriesAreRetried() {
        admin("PUT", "/apps/contacts/callback", receiver.settings());
        receiver.statuses.add(500);
        receiver.statuses.add(502);
        JsonNode d = admin("POST", "/callbacks/contacts/events", Map.of("event", "change_contact", "change_type", "delete_user",
                "fields", Map.of("UserID", "LiSi"), "retry_delay_ms", 10));
        assertThat(d.path("delivered").asBoolean()).isTrue();
        assertThat(d.path("attempts")).extracting(a -> a.path("status").asInt()).containsExactly(500, 502, 200);
        assertThat(receiver.events).hasSize(3);
        assertThat(admin("GET", "/callbacks/deliveries", null)).hasSize(1);
        assertThatThrownBy(() -> admin("POST", "/callbacks/app/events", Map.of("event", "change_contact"))).hasMessageContaining("409");
    }
}
