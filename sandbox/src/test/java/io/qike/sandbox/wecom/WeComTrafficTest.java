package io.qike.sandbox.wecom;

import me.chanjar.weixin.common.bean.WxJsapiSignature;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpAgentJsapiSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static io.qike.sandbox.wecom.WeComSandbox.api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Call counters, fault injection and the JS-SDK tickets. */
class WeComTrafficTest {
    @BeforeEach
    void reset() {
        WeComSandbox.reset();
    }

    @Test
    void countsCallsPerEndpoint() throws WxErrorException {
        WxCpService wx = WeComSandbox.wx("contacts");
        wx.getDepartmentService().list(null);
        wx.getDepartmentService().list(2L);
        wx.getUserService().getUserId(wx.getUserService().listByDepartment(4L, false, null).get(0).getMobile());
        JsonNode c = admin("GET", "/counters", null);
        assertThat(c.path("/cgi-bin/department/list").asInt()).isEqualTo(2);
        assertThat(c.path("/cgi-bin/gettoken").asInt()).isEqualTo(1);
        assertThat(c.path("/cgi-bin/user/getuserid").asInt()).isEqualTo(1);
    }

    @Test
    void forcedErrcodeHttpErrorAndLatency() throws WxErrorException {
        WxCpService wx = WeComSandbox.wx("contacts");
        admin("PUT", "/faults", Map.of("endpoint", "/cgi-bin/department/list", "errcode", 45009, "times", 1));
        assertThatThrownBy(() -> wx.getDepartmentService().list(null))
                .isInstanceOfSatisfying(WxErrorException.class, e -> assertThat(e.getError().getErrorCode()).isEqualTo(45009));
        assertThat(wx.getDepartmentService().list(null)).isNotEmpty();

        admin("PUT", "/faults", Map.of("endpoint", "/cgi-bin/department/simplelist", "http_status", 503, "times", 2));
        String token = WeComSandbox.token("contacts");
        assertThat(WeComSandbox.send("GET", WeComSandbox.base() + "/sandbox/wecom/cgi-bin/department/simplelist?access_token=" + token, null)
                .statusCode()).isEqualTo(503);
        assertThatThrownBy(() -> wx.getDepartmentService().simpleList(null)).isInstanceOf(RuntimeException.class);
        assertThat(api("GET", "/cgi-bin/department/simplelist?access_token=" + token, null).path("errcode").asInt()).isZero();

        admin("PUT", "/faults", Map.of("endpoint", "/cgi-bin/user/get", "latency_ms", 400));
        long t0 = System.nanoTime();
        api("GET", "/cgi-bin/user/get?userid=x&access_token=" + token, null);
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(400);
        assertThat(admin("GET", "/faults", null).has("/cgi-bin/user/get")).isTrue();
        admin("DELETE", "/faults", null);
        assertThat(admin("GET", "/faults", null).isEmpty()).isTrue();
    }

    @Test
    void jsapiSignaturesMadeByWxJavaVerify() throws WxErrorException {
        WxCpService wx = WeComSandbox.wx("app");
        String url = "https://crm.example.com/sidebar/customer?id=9";
        WxJsapiSignature corp = wx.createJsapiSignature(url);
        WxCpAgentJsapiSignature agent = wx.createAgentJsapiSignature(url);
        assertThat(verify("corp", corp.getNonceStr(), corp.getTimestamp(), url, corp.getSignature())).isTrue();
        assertThat(verify("agent", agent.getNonceStr(), agent.getTimestamp(), url, agent.getSignature())).isTrue();
        assertThat(verify("agent", corp.getNonceStr(), corp.getTimestamp(), url, corp.getSignature())).isFalse();
        assertThat(verify("corp", corp.getNonceStr(), corp.getTimestamp(), url + "&x=1", corp.getSignature())).isFalse();
        assertThat(wx.getAgentJsapiTicket(true)).isEqualTo(wx.getAgentJsapiTicket(false));
        String token = WeComSandbox.token("app");
        assertThat(api("GET", "/cgi-bin/ticket/get?type=other&access_token=" + token, null).path("errcode").asInt()).isEqualTo(40058);
    }

    private static boolean verify(String kind, String nonce, long ts, String url, String signature) {
        return admin("POST", "/jsapi/verify", Map.of("kind", kind, "noncestr", nonce, "timestamp", ts, "url", url,
                "signature", signature)).path("valid").asBoolean();
    }
}
