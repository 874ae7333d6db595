package io.qike.sandbox.wecom;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static io.qike.sandbox.wecom.WeComSandbox.CORP_ID;
import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static io.qike.sandbox.wecom.WeComSandbox.api;
import static io.qike.sandbox.wecom.WeComSandbox.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComTokenTest {
    @BeforeEach
    void reset() {
        WeComSandbox.reset();
    }

    private static JsonNode gettoken(String corpid, String secret) {
        return api("GET", "/cgi-bin/gettoken?corpid=" + corpid + "&corpsecret=" + secret, null);
    }

    @Test
    void eachSecretGetsItsOwnTokenAndTheSameOneWhileValid() {
        JsonNode contacts = gettoken(CORP_ID, secret("contacts"));
        JsonNode app = gettoken(CORP_ID, secret("app"));
        assertThat(contacts.path("errcode").asInt()).isZero();
        assertThat(contacts.path("expires_in").asInt()).isEqualTo(7200);
        assertThat(app.path("access_token").asString()).isNotEqualTo(contacts.path("access_token").asString());
        admin("POST", "/clock/advance", Map.of("seconds", 100));
        JsonNode again = gettoken(CORP_ID, secret("contacts"));
        assertThat(again.path("access_token").asString()).isEqualTo(contacts.path("access_token").asString());
        assertThat(again.path("expires_in").asInt()).isBetween(7098, 7100);
    }

    @Test
    void badCredentialsGetTheDocumentedErrcodes() {
        assertThat(gettoken(CORP_ID, "WrongSecretWrongSecretWrongSecretWrongSecr").path("errcode").asInt()).isEqualTo(40001);
        assertThat(gettoken("wwsomeoneelse00001", secret("app")).path("errcode").asInt()).isEqualTo(40013);
        String foreign = admin("GET", "/state", null).path("foreign_corp").path("secret").asString();
        assertThat(gettoken(CORP_ID, foreign).path("errcode").asInt()).isEqualTo(40091);
        assertThat(api("GET", "/cgi-bin/gettoken?corpsecret=x", null).path("errcode").asInt()).isEqualTo(41002);
        assertThat(api("GET", "/cgi-bin/gettoken?corpid=" + CORP_ID, null).path("errcode").asInt()).isEqualTo(41004);
        JsonNode err = gettoken(CORP_ID, "nope");
        assertThat(err.path("errmsg").asString()).contains("from ip: 127.0.0.1").contains("devtool/query?e=40001");
    }

    @Test
    void expiredTokenAnswers42001AndUnknownOne40014() {
        String token = gettoken(CORP_ID, secret("contacts")).path("access_token").asString();
        assertThat(api("GET", "/cgi-bin/department/list?access_token=" + token, null).path("errcode").asInt()).isZero();
        admin("POST", "/clock/advance", Map.of("seconds", 7201));
        assertThat(api("GET", "/cgi-bin/department/list?access_token=" + token, null).path("errcode").asInt()).isEqualTo(42001);
        assertThat(api("GET", "/cgi-bin/department/list?access_token=forged", null).path("errcode").asInt()).isEqualTo(40014);
        assertThat(api("GET", "/cgi-bin/department/list", null).path("errcode").asInt()).isEqualTo(41001);
        String fresh = gettoken(CORP_ID, secret("contacts")).path("access_token").asString();
        assertThat(fresh).isNotEqualTo(token);
    }

    @Test
    void wxJavaRefreshesAnExpiredTokenOnItsOwn() throws WxErrorException {
        WxCpService wx = WeComSandbox.wx("contacts");
        assertThat(wx.getDepartmentService().list(null)).isNotEmpty();
        admin("DELETE", "/counters", null);
        admin("POST", "/clock/advance", Map.of("seconds", 7300));
        // WxJava's own expiry bookkeeping uses the wall clock, so it still sends the old token: the
        // simulator answers 42001 and WxJava fetches a new token and retries once.
        assertThat(wx.getDepartmentService().list(null)).isNotEmpty();
        JsonNode counters = admin("GET", "/counters", null);
        assertThat(counters.path("/cgi-bin/gettoken").asInt()).isEqualTo(1);
        assertThat(counters.path("/cgi-bin/department/list").asInt()).isEqualTo(2);
    }

    @Test
    void revokedTokensAnswer40014() {
        String token = gettoken(CORP_ID, secret("app")).path("access_token").asString();
        admin("POST", "/apps/app/tokens/revoke", null);
        assertThat(api("GET", "/cgi-bin/get_jsapi_ticket?access_token=" + token, null).path("errcode").asInt()).isEqualTo(40014);
    }

    @Test
    void aSecretOnlyReachesItsOwnApis() {
        assertThatThrownBy(() -> WeComSandbox.wx("contacts").getMessageService()
                .send(me.chanjar.weixin.cp.bean.message.WxCpMessage.TEXT().agentId(1000005).toUser("@all").content("hi").build()))
                .isInstanceOfSatisfying(WxErrorException.class, e -> assertThat(e.getError().getErrorCode()).isEqualTo(48002));
        assertThatThrownBy(() -> WeComSandbox.wx("archive").getDepartmentService().list(null))
                .isInstanceOfSatisfying(WxErrorException.class, e -> assertThat(e.getError().getErrorCode()).isEqualTo(48002));
        assertThatThrownBy(() -> WeComSandbox.wx("app").getMsgAuditService().getPermitUserList(null))
                .isInstanceOfSatisfying(WxErrorException.class, e -> assertThat(e.getError().getErrorCode()).isEqualTo(48002));
    }

    @Test
    void regeneratedSecretRefusesTheOldOne() {
        String old = secret("customer");
        admin("PUT", "/apps/customer/secret", Map.of());
        assertThat(gettoken(CORP_ID, old).path("errcode").asInt()).isEqualTo(40001);
        assertThat(gettoken(CORP_ID, secret("customer")).path("errcode").asInt()).isZero();
    }
}
