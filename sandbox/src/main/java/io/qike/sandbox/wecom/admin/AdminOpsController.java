package io.qike.sandbox.wecom.admin;

import io.qike.sandbox.wecom.api.JsapiTickets;
import io.qike.sandbox.wecom.api.OAuthService;
import io.qike.sandbox.wecom.api.SentMessages;
import io.qike.sandbox.wecom.core.ApiTraffic;
import io.qike.sandbox.wecom.core.Resettable;
import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.TokenService;
import io.qike.sandbox.wecom.core.WeComState;
import io.qike.sandbox.wecom.directory.Member;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Whole-simulator operations: state overview, reset, clock, OAuth user, sent messages, counters, faults. */
@RestController("wecomAdminOpsController")
@RequestMapping("/sandbox/admin/wecom")
public class AdminOpsController {
    private final WeComState state;
    private final SimClock clock;
    private final List<Resettable> resettables;
    private final OAuthService oauth;
    private final SentMessages sent;
    private final ApiTraffic traffic;
    private final JsapiTickets tickets;
    private final TokenService tokens;

    public AdminOpsController(WeComState state, SimClock clock, List<Resettable> resettables, OAuthService oauth,
                              SentMessages sent, ApiTraffic traffic, JsapiTickets tickets, TokenService tokens) {
        this.state = state;
        this.clock = clock;
        this.resettables = resettables;
        this.oauth = oauth;
        this.sent = sent;
        this.traffic = traffic;
        this.tickets = tickets;
        this.tokens = tokens;
    }

    @GetMapping("/state")
    public Map<String, Object> overview() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("corpid", state.corpId());
        j.put("corp_name", state.world().corpName());
        j.put("seed", state.seed());
        j.put("clock_millis", clock.nowMillis());
        j.put("apps", state.apps().stream().map(a -> AdminViews.app(state, a)).toList());
        j.put("departments", state.world().directory().departments().size());
        j.put("members", state.world().directory().members().size());
        j.put("external_contacts", state.world().externals().all().size());
        j.put("archived_messages", state.world().archive().size());
        j.put("foreign_corp", Map.of("corpid", state.foreignCorpId(), "secret", state.foreignSecret()));
        j.put("oauth_current_user", oauth.currentUser() == null ? "" : oauth.currentUser());
        return j;
    }

    /** Back to the seeded start: data, settings, tokens, codes, logs, counters, faults and clock. */
    @PostMapping("/reset")
    public Map<String, Object> reset() {
        clock.reset();
        resettables.forEach(Resettable::reset);
        return overview();
    }

    @GetMapping("/clock")
    public Map<String, Object> clock() {
        return Map.of("now_millis", clock.nowMillis(), "offset_seconds", clock.offsetSeconds());
    }

    @PostMapping("/clock/advance")
    public Map<String, Object> advance(@RequestBody Map<String, Object> body) {
        clock.advanceSeconds(Long.parseLong(Bodies.string(body, "seconds")));
        return clock();
    }

    @PutMapping("/oauth/current-user")
    public Map<String, Object> currentUser(@RequestBody Map<String, Object> body) {
        Object userid = body.get("userid");
        if (userid != null) {
            Member m = state.world().directory().member(String.valueOf(userid));
            if (m == null) {
                throw new IllegalArgumentException("no member " + userid);
            }
        }
        oauth.currentUser(userid == null ? null : String.valueOf(userid));
        return Map.of("userid", userid == null ? "" : userid);
    }

    @GetMapping("/messages")
    public List<SentMessages.Sent> messages(@RequestParam(required = false) String userid) {
        return sent.all().stream().filter(s -> userid == null || s.deliveredTo().contains(userid)).toList();
    }

    @DeleteMapping("/messages")
    public Map<String, Object> clearMessages() {
        sent.reset();
        return Map.of("cleared", true);
    }

    @GetMapping("/counters")
    public Map<String, Long> counters() {
        return traffic.counters();
    }

    @DeleteMapping("/counters")
    public Map<String, Object> clearCounters() {
        traffic.clearCounters();
        return Map.of("cleared", true);
    }

    @GetMapping("/faults")
    public Map<String, ApiTraffic.Fault> faults() {
        return traffic.faults();
    }

    /** {"endpoint": "/cgi-bin/user/get", "latency_ms": 0, "http_status": 0, "errcode": null, "times": -1} */
    @PutMapping("/faults")
    public Map<String, ApiTraffic.Fault> fault(@RequestBody Map<String, Object> body) {
        String endpoint = Bodies.string(body, "endpoint");
        Long latency = Bodies.optLong(body, "latency_ms");
        Long status = Bodies.optLong(body, "http_status");
        Long errcode = Bodies.optLong(body, "errcode");
        Long times = Bodies.optLong(body, "times");
        traffic.fault(endpoint, new ApiTraffic.Fault(latency == null ? 0 : latency, status == null ? 0 : status.intValue(),
                errcode == null ? null : errcode.intValue(), times == null ? -1 : times.intValue()));
        return traffic.faults();
    }

    @DeleteMapping("/faults")
    public Map<String, Object> clearFaults() {
        traffic.clearFaults();
        return Map.of("cleared", true);
    }

    /** {"kind": "corp"|"agent", "noncestr", "timestamp", "url", "signature"} → whether the JS-SDK signature is right. */
    @PostMapping("/jsapi/verify")
    public Map<String, Object> verifyJsapi(@RequestBody Map<String, Object> body) {
        JsapiTickets.Kind kind = JsapiTickets.Kind.valueOf(Bodies.string(body, "kind").toUpperCase(Locale.ROOT));
        boolean ok = tickets.verify(kind, Bodies.string(body, "noncestr"), Long.parseLong(Bodies.string(body, "timestamp")),
                Bodies.string(body, "url"), Bodies.string(body, "signature"));
        return Map.of("valid", ok);
    }

    @PostMapping("/tokens/revoke")
    public Map<String, Object> revokeAll() {
        tokens.revoke(null);
        return Map.of("revoked", "all");
    }
}
