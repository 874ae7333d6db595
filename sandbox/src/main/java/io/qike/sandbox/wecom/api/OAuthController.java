package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.ApiGuard;
import io.qike.sandbox.wecom.core.Caller;
import io.qike.sandbox.wecom.core.Json;
import io.qike.sandbox.wecom.core.Scope;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import io.qike.sandbox.wecom.directory.Member;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Objects;

/**
 * Code → identity: the new auth/getuserinfo (lowercase userid), the old user/getuserinfo (UserId, DeviceId)
 * and auth/getuserdetail for snsapi_privateinfo. As documented, the redirect domain must be a trusted
 * domain of the app whose token redeems the code (50001), and the member must be within the app's range (50002).
 */
@RestController("wecomOAuthController")
public class OAuthController {
    private final ApiGuard guard;
    private final WeComState state;
    private final OAuthService oauth;
    private final DirectoryAccess access;

    public OAuthController(ApiGuard guard, WeComState state, OAuthService oauth, DirectoryAccess access) {
        this.guard = guard;
        this.state = state;
        this.oauth = oauth;
        this.access = access;
    }

    @GetMapping("/sandbox/wecom/cgi-bin/auth/getuserinfo")
    public Map<String, Object> authUserInfo(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.AGENT);
        OAuthService.Grant g = redeem(caller, request.getParameter("code"));
        Map<String, Object> body = WxErrors.ok();
        body.put("userid", g.userid());
        if (!g.scope().equals("snsapi_base")) {
            body.put("user_ticket", oauth.issueTicket(g.userid()));
        }
        return body;
    }

    @GetMapping("/sandbox/wecom/cgi-bin/user/getuserinfo")
    public Map<String, Object> legacyUserInfo(HttpServletRequest request) {
        Caller caller = guard.require(request, Scope.AGENT);
        OAuthService.Grant g = redeem(caller, request.getParameter("code"));
        Map<String, Object> body = WxErrors.ok();
        body.put("UserId", g.userid());
        body.put("DeviceId", "");
        if (!g.scope().equals("snsapi_base")) {
            body.put("user_ticket", oauth.issueTicket(g.userid()));
            body.put("expires_in", OAuthService.TICKET_SECONDS);
        }
        return body;
    }

    private OAuthService.Grant redeem(Caller caller, String code) {
        OAuthService.Grant g = oauth.redeem(code);
        if (g.agentId() != null && !Objects.equals(g.agentId(), caller.app().agentId())) {
            throw new WxApiException(40029);
        }
        if (caller.app().trustedDomains().stream().noneMatch(d -> d.equalsIgnoreCase(g.redirectHost()))) {
            throw new WxApiException(50001);
        }
        Member m = state.world().directory().member(g.userid());
        if (m == null || !access.served(caller, m)) {
            throw new WxApiException(50002);
        }
        return g;
    }

    @PostMapping("/sandbox/wecom/cgi-bin/auth/getuserdetail")
    public Map<String, Object> userDetail(HttpServletRequest request, @RequestBody(required = false) String raw) {
        guard.require(request, Scope.AGENT);
        Member m = state.world().directory().member(oauth.ticketUser(Json.body(raw).path("user_ticket").asString(null)));
        Map<String, Object> body = WxErrors.ok();
        body.put("userid", m.userid());
        body.put("gender", m.gender());
        body.put("avatar", m.avatar());
        body.put("qr_code", m.qrCode());
        body.put("mobile", m.mobile());
        body.put("email", m.email());
        body.put("biz_mail", m.bizMail());
        body.put("address", m.address());
        return body;
    }
}
