package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.AppSettings;
import io.qike.sandbox.wecom.core.TokenService;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * GET /cgi-bin/gettoken?corpid=&corpsecret=. Each secret gets its own token. Not subject to the IP
 * allow-list: the real service checks 企业可信IP on the calls that use the token.
 */
@RestController("wecomTokenController")
@RequestMapping("/sandbox/wecom/cgi-bin")
public class TokenController {
    private final WeComState state;
    private final TokenService tokens;

    public TokenController(WeComState state, TokenService tokens) {
        this.state = state;
        this.tokens = tokens;
    }

    @GetMapping("/gettoken")
    public Map<String, Object> gettoken(@RequestParam(required = false) String corpid,
                                        @RequestParam(required = false) String corpsecret) {
        if (corpid == null || corpid.isEmpty()) {
            throw new WxApiException(41002);
        }
        if (corpsecret == null || corpsecret.isEmpty()) {
            throw new WxApiException(41004);
        }
        if (!corpid.equals(state.corpId())) {
            throw new WxApiException(40013);
        }
        if (corpsecret.equals(state.foreignSecret())) {
            throw new WxApiException(40091);
        }
        AppSettings app = state.appBySecret(corpsecret);
        if (app == null) {
            throw new WxApiException(40001);
        }
        TokenService.Token t = tokens.issue(app.kind());
        Map<String, Object> body = WxErrors.ok();
        body.put("access_token", t.value());
        body.put("expires_in", tokens.secondsLeft(t));
        return body;
    }
}
