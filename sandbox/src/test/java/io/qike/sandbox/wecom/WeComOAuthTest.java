package io.qike.sandbox.wecom;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpOauth2UserInfo;
import me.chanjar.weixin.cp.bean.WxCpUserDetail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.qike.sandbox.wecom.WeComSandbox.CORP_ID;
import static io.qike.sandbox.wecom.WeComSandbox.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComOAuthTest {
    private static final String CALLBACK = "http://localhost:8080/wecom/login?from=menu";
    private WxCpService wx;
    private String seller;

    @BeforeEach
    void reset() throws WxErrorException {
        WeComSandbox.reset();
        wx = WeComSandbox.wx("app");
        seller = wx.getUserService().listByDepartment(4L, false, null).get(1).getUserId();
    }

    /** What the product builds with WxJava, pointed at the simulator's imitation of open.weixin.qq.com. */
    private HttpResponse<String> authorize(String redirect, String scope, String extra) {
        String url = wx.getOauth2Service().buildAuthorizationUrl(redirect, "st-1", scope)
                .replace("https://open.weixin.qq.com", WeComSandbox.base() + "/sandbox/wecom");
        return WeComSandbox.send("GET", url.replace("#wechat_redirect", "") + extra, null);
    }

    private String code(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "&code=").endsWith("&state=st-1");
        Matcher m = Pattern.compile("code=([^&]+)").matcher(URI.create(location).getQuery());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static int errcode(ThrowingCall call) {
        try {
            call.run();
        } catch (WxErrorException e) {
            return e.getError().getErrorCode();
        }
        throw new AssertionError("expected a WeCom error");
    }

    interface ThrowingCall {
        void run() throws WxErrorException;
    }

    @Test
    void codeIdentifiesTheMemberExactlyOnce() throws WxErrorException {
        String code = code(authorize(CALLBACK, "snsapi_base", "&sandbox_userid=" + seller));
        WxCpOauth2UserInfo info = wx.getOauth2Service().getAuthUserInfo(code);
        assertThat(info.getUserId()).isEqualTo(seller);
        assertThat(info.getUserTicket()).isNull();
        assertThat(errcode(() -> wx.getOauth2Service().getAuthUserInfo(code))).isEqualTo(40029);
    }

    @Test
    void adminCurrentUserAndTheOldEndpoint() throws WxErrorException {
        admin("PUT", "/oauth/current-user", Map.of("userid", seller));
        String code = code(authorize(CALLBACK, "snsapi_base", ""));
        assertThat(wx.getOauth2Service().getUserInfo(1000005, code).getUserId()).isEqualTo(seller);
    }

    @Test
    void codesExpireAfterFiveMinutes() {
        String code = code(authorize(CALLBACK, "snsapi_base", "&sandbox_userid=" + seller));
        admin("POST", "/clock/advance", Map.of("seconds", 301));
        assertThat(errcode(() -> wx.getOauth2Service().getAuthUserInfo(code))).isEqualTo(40029);
    }

    @Test
    void privateInfoGivesATicketForTheMembersDetails() throws WxErrorException {
        String code = code(authorize(CALLBACK, "snsapi_privateinfo", "&sandbox_userid=" + seller));
        WxCpOauth2UserInfo info = wx.getOauth2Service().getAuthUserInfo(code);
        WxCpUserDetail detail = wx.getOauth2Service().getUserDetail(info.getUserTicket());
        assertThat(detail.getUserId()).isEqualTo(seller);
        assertThat(detail.getMobile()).matches("1\\d{10}");
        assertThat(errcode(() -> wx.getOauth2Service().getUserDetail("forged"))).isEqualTo(84015);
    }

    @Test
    void untrustedRedirectDomainAndOutsidersAreRefused() throws WxErrorException {
        admin("PUT", "/apps/app/trusted-domains", Map.of("domains", List.of("crm.example.com")));
        String code = code(authorize(CALLBACK, "snsapi_base", "&sandbox_userid=" + seller));
        assertThat(errcode(() -> wx.getOauth2Service().getAuthUserInfo(code))).isEqualTo(50001);
        admin("PUT", "/apps/app/trusted-domains", Map.of("domains", List.of("localhost")));
        String engineer = WeComSandbox.wx("contacts").getUserService().listByDepartment(24L, false, null).get(0).getUserId();
        String other = code(authorize(CALLBACK, "snsapi_base", "&sandbox_userid=" + engineer));
        assertThat(errcode(() -> wx.getOauth2Service().getAuthUserInfo(other))).isEqualTo(50002);
    }

    @Test
    void authorizePageRefusesBadRequests() {
        assertThat(authorize(CALLBACK, "snsapi_base", "").statusCode()).isEqualTo(403);
        String wrongCorp = WeComSandbox.base() + "/sandbox/wecom/connect/oauth2/authorize?appid=wwother&redirect_uri="
                + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8) + "&response_type=code&scope=snsapi_base&sandbox_userid=" + seller;
        assertThat(WeComSandbox.send("GET", wrongCorp, null).statusCode()).isEqualTo(400);
        String noAgent = WeComSandbox.base() + "/sandbox/wecom/connect/oauth2/authorize?appid=" + CORP_ID + "&redirect_uri="
                + URLEncoder.encode(CALLBACK, StandardCharsets.UTF_8) + "&response_type=code&scope=snsapi_privateinfo&sandbox_userid=" + seller;
        assertThat(WeComSandbox.send("GET", noAgent, null).body()).contains("agentid");
        assertThatThrownBy(() -> admin("PUT", "/oauth/current-user", Map.of("userid", "Nobody"))).hasMessageContaining("400");
    }
}
