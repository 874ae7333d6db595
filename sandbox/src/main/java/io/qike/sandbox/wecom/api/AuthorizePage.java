package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.directory.Member;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * Imitates https://open.weixin.qq.com/connect/oauth2/authorize: inside the WeCom client it redirects
 * at once to redirect_uri?code=CODE&state=STATE. Who "is logged in" comes from the sandbox-only query
 * parameter {@code sandbox_userid} or the admin-set current user; without either the page answers like
 * a browser outside WeCom. Bad parameters give an error page, as the real one does, not a redirect.
 */
@RestController("wecomAuthorizePage")
public class AuthorizePage {
    private static final Set<String> SCOPES = Set.of("snsapi_base", "snsapi_privateinfo", "snsapi_userinfo");
    private final WeComState state;
    private final OAuthService oauth;

    public AuthorizePage(WeComState state, OAuthService oauth) {
        this.state = state;
        this.oauth = oauth;
    }

    @GetMapping("/sandbox/wecom/connect/oauth2/authorize")
    public ResponseEntity<String> authorize(@RequestParam(required = false) String appid,
                                            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
                                            @RequestParam(name = "response_type", required = false) String responseType,
                                            @RequestParam(required = false) String scope,
                                            @RequestParam(required = false) String state,
                                            @RequestParam(required = false) String agentid,
                                            @RequestParam(name = "sandbox_userid", required = false) String userid) {
        if (!Objects.equals(appid, this.state.corpId())) {
            return page(HttpStatus.BAD_REQUEST, "参数错误：appid 无效");
        }
        URI target;
        try {
            target = redirectUri == null ? null : URI.create(redirectUri);
        } catch (IllegalArgumentException e) {
            target = null;
        }
        if (target == null || target.getHost() == null || !Set.of("http", "https").contains(target.getScheme())) {
            return page(HttpStatus.BAD_REQUEST, "参数错误：redirect_uri 无效");
        }
        if (!"code".equals(responseType) || scope == null || !SCOPES.contains(scope)) {
            return page(HttpStatus.BAD_REQUEST, "参数错误：response_type 或 scope 无效");
        }
        Integer agentId = null;
        if (agentid != null && !agentid.isEmpty()) {
            Integer ours = this.state.app(AppKind.APP).agentId();
            if (!agentid.equals(String.valueOf(ours))) {
                return page(HttpStatus.BAD_REQUEST, "参数错误：agentid 无效");
            }
            agentId = ours;
        } else if (!scope.equals("snsapi_base")) {
            return page(HttpStatus.BAD_REQUEST, "参数错误：scope 为 " + scope + " 时必须填写 agentid");
        }
        String who = userid != null && !userid.isEmpty() ? userid : oauth.currentUser();
        if (who == null) {
            return page(HttpStatus.FORBIDDEN, "请在企业微信客户端打开链接");
        }
        Member m = this.state.world().directory().member(who);
        if (m == null || !m.active()) {
            return page(HttpStatus.FORBIDDEN, "你不是该企业的成员，无法访问");
        }
        String code = oauth.issueCode(m.userid(), agentId, scope, target.getHost());
        String sep = redirectUri.contains("?") ? "&" : "?";
        String location = redirectUri + sep + "code=" + code
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
    }

    private static ResponseEntity<String> page(HttpStatus status, String message) {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>企业微信</title></head>"
                + "<body><p class=\"weui-msg__desc\">" + message + "</p></body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }
}
