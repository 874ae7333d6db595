package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.ApiGuard;
import io.qike.sandbox.wecom.core.Json;
import io.qike.sandbox.wecom.core.Scope;
import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.core.WxApiException;
import io.qike.sandbox.wecom.core.WxErrors;
import io.qike.sandbox.wecom.directory.Member;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * The archive's plain HTTP API: msgaudit/get_permit_user_list, which needs a token made from the
 * archive secret (any other secret is 48002, the trap of WxJava issue #3868) and a live licence (301052).
 */
@RestController("wecomMsgAuditController")
public class MsgAuditController {
    private final ApiGuard guard;
    private final WeComState state;
    private final SimClock clock;

    public MsgAuditController(ApiGuard guard, WeComState state, SimClock clock) {
        this.guard = guard;
        this.state = state;
        this.clock = clock;
    }

    @PostMapping("/sandbox/wecom/cgi-bin/msgaudit/get_permit_user_list")
    public Map<String, Object> permitUsers(HttpServletRequest request, @RequestBody(required = false) String raw) {
        guard.require(request, Scope.MSGAUDIT);
        int type = raw == null || raw.isBlank() ? 0 : Json.body(raw).path("type").asInt(0);
        if (type < 0 || type > 3) {
            throw new WxApiException(40058);
        }
        if (state.archiveSettings().licenceExpiresAtMillis() <= clock.nowMillis()) {
            throw new WxApiException(301052);
        }
        Map<String, Object> body = WxErrors.ok();
        body.put("ids", state.world().directory().members().stream().filter(Member::archived).map(Member::userid).toList());
        return body;
    }
}
