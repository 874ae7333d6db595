package io.qike.sandbox.wecom;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Address-book changes made in the console reach the callback, and the APIs then answer with the new data. */
class WeComContactSyncTest {
    private CallbackReceiver receiver;
    private WxCpService wx;

    @BeforeEach
    void start() throws Exception {
        WeComSandbox.reset();
        receiver = new CallbackReceiver();
        admin("PUT", "/apps/contacts/callback", receiver.settings());
        wx = WeComSandbox.wx("contacts");
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private WxCpXmlMessage event(int i) {
        CallbackReceiver.Received r = receiver.events.get(i);
        return WxCpXmlMessage.fromEncryptedXml(r.body(), receiver.config(), r.query().get("timestamp"),
                r.query().get("nonce"), r.query().get("msg_signature"));
    }

    @Test
    void createUpdateDeleteAreEventsAndShowInTheApis() throws WxErrorException {
        JsonNode created = admin("POST", "/directory/members", Map.of("userid", "NewHire01", "name", "新同事",
                "department", List.of(4), "mobile", "13912345678", "position", "销售代表"));
        assertThat(created.path("deliveries").get(0).path("delivered").asBoolean()).isTrue();
        WxCpXmlMessage create = event(0);
        assertThat(create.getChangeType()).isEqualTo("create_user");
        assertThat(create.getUserId()).isEqualTo("NewHire01");
        assertThat(create.getMobile()).isEqualTo("13912345678");
        assertThat(wx.getUserService().getById("NewHire01").getName()).isEqualTo("新同事");

        admin("PATCH", "/directory/members/NewHire01", Map.of("mobile", "13987654321", "position", "高级销售代表"));
        WxCpXmlMessage update = event(1);
        assertThat(update.getChangeType()).isEqualTo("update_user");
        assertThat(update.getMobile()).isEqualTo("13987654321");
        assertThat(update.getName()).isNull();
        assertThat(wx.getUserService().getUserId("13987654321")).isEqualTo("NewHire01");

        admin("DELETE", "/directory/members/NewHire01", null);
        assertThat(event(2).getChangeType()).isEqualTo("delete_user");
        assertThatThrownBy(() -> wx.getUserService().getById("NewHire01"))
                .isInstanceOfSatisfying(WxErrorException.class, e -> assertThat(e.getError().getErrorCode()).isEqualTo(60111));
    }

    @Test
    void consoleChecksLikeTheRealOne() throws WxErrorException {
        String taken = wx.getUserService().listByDepartment(4L, false, null).get(0).getMobile();
        assertThatThrownBy(() -> admin("POST", "/directory/members", Map.of("userid", "Dup", "name", "x", "mobile", taken)))
                .hasMessageContaining("400").hasMessageContaining("belongs to");
        assertThatThrownBy(() -> admin("POST", "/directory/members", Map.of("userid", "bad id", "name", "x", "mobile", "13900000001")))
                .hasMessageContaining("400");
        assertThatThrownBy(() -> admin("POST", "/directory/members", Map.of("userid", "Dup", "name", "x", "mobile", "1390000")))
                .hasMessageContaining("400");
        assertThat(receiver.events).isEmpty();
    }
}
