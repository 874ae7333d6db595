package io.qike.crm.wecom.login;

import io.qike.crm.platform.TenantContext;
import io.qike.crm.wecom.MemberState;
import io.qike.crm.wecom.WecomBindings;
import io.qike.crm.wecom.WecomClients;
import io.qike.crm.wecom.store.WecomConnectionRepository;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 企业微信 H5 sign-in (OAuth2, snsapi_base): the member is sent to WeCom's authorize page with a state bound to the
 * browser's session, comes back with a single-use code, the code becomes the member's userid through the new
 * {@code auth/getuserinfo}, and the Qike user bound to that userid is who signs in. Every way this can fail ends
 * on a page that says what to do, in the product document's words (企业初始化, 使用人数超限, 可信域名).
 */
@Service
class WecomLogin {
    private static final Logger log = LoggerFactory.getLogger(WecomLogin.class);
    static final String CALLBACK = "/wecom/login/callback";
    private final WecomConnectionRepository connections;
    private final WecomClients clients;
    private final WecomBindings bindings;
    private final LoginStatusRepository status;
    private final Clock clock = Clock.systemUTC();

    WecomLogin(WecomConnectionRepository connections, WecomClients clients, WecomBindings bindings, LoginStatusRepository status) {
        this.connections = connections;
        this.clients = clients;
        this.bindings = bindings;
        this.status = status;
    }

    /** Either where to send the browser, or why not. */
    record Step(String redirect, LoginProblem problem, Long userId) {
        static Step go(String url) {
            return new Step(url, null, null);
        }

        static Step refused(LoginProblem p) {
            return new Step(null, p, null);
        }
    }

    Optional<Long> tenantOf(String corpId) {
        return corpId == null || corpId.isBlank() ? Optional.empty() : connections.tenantOfCorp(corpId.trim());
    }

    /** The authorize page of the corp's app, for a member who will land on {@code next}. */
    Step start(long tenantId, String corpId, String next, String publicBaseUrl, HttpSession session) {
        String state = OAuthStates.create(session, tenantId, corpId, next, clock.instant());
        TenantContext.runAs(tenantId, () -> status.publicBaseUrl(publicBaseUrl));
        return Step.go(clients.forTenant(tenantId).oauthAuthorizeUrl(publicBaseUrl + CALLBACK, state));
    }

    /**
     * WeCom's redirect back: the state is taken (once), the code exchanged (once) and the member's binding looked up.
     * The answer names the Qike user to sign in and where to go next ({@code redirect}) or the problem.
     */
    Step callback(String code, String state, String publicBaseUrl, HttpSession session) {
        Optional<OAuthStates.Pending> pending = OAuthStates.take(session, state, clock.instant());
        if (pending.isEmpty() || code == null || code.isBlank()) return Step.refused(LoginProblem.expired());
        long tenantId = pending.get().tenantId();
        Optional<WxCpService> app = clients.forTenant(tenantId).app();
        if (app.isEmpty()) return Step.refused(LoginProblem.notConnected());
        String userid;
        try {
            userid = app.get().getOauth2Service().getAuthUserInfo(code).getUserId();
        } catch (WxErrorException e) {
            return Step.refused(refusal(tenantId, e.getError().getErrorCode(), host(publicBaseUrl)));
        } catch (RuntimeException e) {
            log.warn("WeCom sign-in of tenant {} got no answer: {}", tenantId, e.toString());
            return Step.refused(LoginProblem.wecom(-1));
        }
        // A code of someone outside the corp (an external contact, a WeChat user) carries an openid only.
        if (userid == null || userid.isBlank()) return Step.refused(LoginProblem.notBound("", 1));
        return TenantContext.callAs(tenantId, () -> {
            Optional<Long> user = bindings.userFor(userid);
            if (user.isPresent()) {
                status.succeeded();
                return new Step(pending.get().next(), null, user.get());
            }
            MemberState member = bindings.memberState(userid);
            if (member == MemberState.UNSEATED) return Step.refused(LoginProblem.noSeat(userid));
            // WeCom only hands out codes for members in the app's visible range: a member the last sync did not
            // see there came in after the range was widened, and is bound after the next sync (FAQ 2, step 5).
            return Step.refused(LoginProblem.notBound(userid, member == MemberState.UNBOUND ? 1 : 2));
        });
    }

    private LoginProblem refusal(long tenantId, int errcode, String host) {
        TenantContext.runAs(tenantId, () -> status.failed(errcode, host, null));
        return switch (errcode) {
            case 40029 -> LoginProblem.expired();
            case 50001 -> LoginProblem.untrustedDomain(host);
            case 50002 -> LoginProblem.noSeat(null);
            default -> LoginProblem.wecom(errcode);
        };
    }

    static String host(String publicBaseUrl) {
        try {
            String h = URI.create(publicBaseUrl).getHost();
            return h == null ? publicBaseUrl : h;
        } catch (IllegalArgumentException e) {
            return publicBaseUrl;
        }
    }
}
