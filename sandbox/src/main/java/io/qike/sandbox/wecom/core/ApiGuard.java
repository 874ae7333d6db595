package io.qike.sandbox.wecom.core;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The checks every token-bearing call goes through, in the order the real service applies them:
 * token present (41001), known (40014), not expired (42001), caller IP in the app's 企业可信IP (60020),
 * and the API allowed for this secret (48002).
 */
@Component("wecomApiGuard")
public class ApiGuard {
    private final TokenService tokens;
    private final WeComState state;

    public ApiGuard(TokenService tokens, WeComState state) {
        this.tokens = tokens;
        this.state = state;
    }

    public Caller require(HttpServletRequest request, Scope scope) {
        String ip = request.getRemoteAddr();
        TokenService.Token token = tokens.resolve(request.getParameter("access_token"));
        AppSettings app = state.app(token.app());
        if (!IpRules.allowed(app.ipAllowList(), ip)) {
            throw new WxApiException(60020);
        }
        if (!scope.allows(app)) {
            throw new WxApiException(48002);
        }
        return new Caller(app, ip);
    }
}
