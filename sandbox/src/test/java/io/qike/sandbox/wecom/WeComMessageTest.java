package io.qike.sandbox.wecom;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComMessageTest {
    private WxCpService wx;
    private String seller;
    private String engineer;

    @BeforeEach
    void reset() throws WxErrorException {
        WeComSandbox.reset();
        wx = WeComSandbox.wx("app");
        seller = wx.getUserService().listByDepartment(4L, false, null).get(1).getUserId();
        engineer = WeComSandbox.wx("contacts").getUserService().listByDepartment(24L, false, null).get(0).getUserId();
    }

    @Test
    void partialFailureListsInvalidUsersAndIsRecorded() throws WxErrorException {
        WxCpMessageSendResult r = wx.getMessageService().send(WxCpMessage.TEXTCARD()
                .toUser(seller + "|NoSuchUser|" + engineer).title("待办提醒").description("<div>客户回访</div>")
                .url("https://crm.example.com/todo/1").btnTxt("详情").build());
        assertThat(r.getErrCode()).isZero();
        assertThat(r.getInvalidUserList()).containsExactly("NoSuchUser", engineer);
        assertThat(r.getMsgId()).isNotBlank();
        JsonNode sent = admin("GET", "/messages?userid=" + seller, null);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).path("msgtype").asString()).isEqualTo("textcard");
        assertThat(sent.get(0).path("request").path("textcard").path("title").asString()).isEqualTo("待办提醒");
        assertThat(sent.get(0).path("delivered_to")).hasSize(1);
    }

    @Test
    void nobodyLeftIs81013() {
        assertThatThrownBy(() -> wx.getMessageService().send(WxCpMessage.MARKDOWN().toUser(engineer).content("**hi**").build()))
                .isInstanceOfSatisfying(WxErrorException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(81013);
                    assertThat(e.getError().getJson()).contains("\"invaliduser\":\"" + engineer + "\"");
                });
        assertThat(admin("GET", "/messages", null)).isEmpty();
    }

    @Test
    void unseatedMembersAreInvalidRecipients() throws WxErrorException {
        JsonNode app = admin("PUT", "/apps/app/seats", Map.of("seats", 10));
        String unseated = app.path("unseated_members").get(0).asString();
        WxCpMessageSendResult r = wx.getMessageService().send(WxCpMessage.TEXT().toUser("@all").content("通知").build());
        assertThat(r.getErrCode()).isZero();
        // Only the ten seated members (less any disabled one among them) receive a message to @all.
        JsonNode delivered = admin("GET", "/messages", null).get(0).path("delivered_to");
        assertThat(delivered.size()).isBetween(8, 10);
        delivered.forEach(u -> assertThat(app.path("unseated_members").toString()).doesNotContain("\"" + u.asString() + "\""));
        assertThatThrownBy(() -> wx.getMessageService().send(WxCpMessage.TEXT().toUser(unseated).content("x").build()))
                .isInstanceOfSatisfying(WxErrorException.class, e -> assertThat(e.getError().getErrorCode()).isEqualTo(81013));
    }

    @Test
    void bodiesAreCheckedLikeTheRealService() {
        assertThat(code(WxCpMessage.MARKDOWN().toUser(seller).content("").build())).isEqualTo(44004);
        assertThat(code(WxCpMessage.TEXTCARD().toUser(seller).title("t").url("https://x").build())).isEqualTo(41033);
        assertThat(code(WxCpMessage.TEXT().toUser(seller).content("长".repeat(700)).build())).isEqualTo(45002);
        assertThat(code(WxCpMessage.TEXT().agentId(1000099).toUser(seller).content("x").build())).isEqualTo(40056);
        assertThat(code(WxCpMessage.TEXT().toParty("999").content("x").build())).isEqualTo(81013);
    }

    @Test
    void interactiveTemplateCardsGetAResponseCode() throws WxErrorException {
        WxCpMessage card = WxCpMessage.TEMPLATECARD().toUser(seller).cardType("button_interaction")
                .mainTitleTitle("审批：合同盖章").taskId("task-" + System.nanoTime())
                .buttons(List.of(TemplateCardButton.builder().text("同意").style(1).key("agree").build())).build();
        WxCpMessageSendResult r = wx.getMessageService().send(card);
        assertThat(r.getResponseCode()).isNotBlank();
        WxCpMessage notice = WxCpMessage.TEMPLATECARD().toParty("4").cardType("text_notice").mainTitleTitle("新线索")
                .cardActionType(1).cardActionUrl("https://crm.example.com/leads").build();
        WxCpMessageSendResult r2 = wx.getMessageService().send(notice);
        assertThat(r2.getResponseCode()).isNull();
        assertThat(admin("GET", "/messages", null).get(1).path("delivered_to").size()).isGreaterThan(5);
    }

    private int code(WxCpMessage m) {
        try {
            wx.getMessageService().send(m);
        } catch (WxErrorException e) {
            return e.getError().getErrorCode();
        }
        throw new AssertionError("expected a WeCom error");
    }
}
