package io.qike.sandbox.wecom.admin;

import io.qike.sandbox.wecom.callback.CallbackService;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.AppSettings;
import io.qike.sandbox.wecom.core.CallbackSettings;
import io.qike.sandbox.wecom.core.IpRules;
import io.qike.sandbox.wecom.core.Seeds;
import io.qike.sandbox.wecom.core.TokenService;
import io.qike.sandbox.wecom.core.WeComState;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/** The admin console of each app: secret, 企业可信IP, seats, visible range, trusted domains, callback. */
@RestController("wecomAdminAppsController")
@RequestMapping("/sandbox/admin/wecom/apps/{app}")
public class AdminAppsController {
    private final WeComState state;
    private final TokenService tokens;
    private final CallbackService callbacks;
    private final SecureRandom random = new SecureRandom();

    public AdminAppsController(WeComState state, TokenService tokens, CallbackService callbacks) {
        this.state = state;
        this.tokens = tokens;
        this.callbacks = callbacks;
    }

    @GetMapping
    public Map<String, Object> get(@PathVariable String app) {
        return AdminViews.app(state, settings(app));
    }

    /** {"secret": "..."} sets it; an empty body regenerates it (重新获取). Issued tokens stay valid until they expire. */
    @PutMapping("/secret")
    public Map<String, Object> secret(@PathVariable String app, @RequestBody(required = false) Map<String, Object> body) {
        AppSettings s = settings(app);
        String secret = body != null && body.get("secret") != null ? String.valueOf(body.get("secret"))
                : Seeds.secret(random.nextLong(), "regenerated");
        if (state.apps().stream().anyMatch(a -> a != s && a.secret().equals(secret))) {
            throw new IllegalArgumentException("another app already uses this secret");
        }
        s.secret(secret);
        return Map.of("secret", secret);
    }

    @PutMapping("/ip-allowlist")
    public Map<String, Object> ips(@PathVariable String app, @RequestBody Map<String, Object> body) {
        var ips = Bodies.strings(body, "ips");
        ips.forEach(IpRules::validate);
        settings(app).ipAllowList(ips);
        return get(app);
    }

    /** {"seats": n} or {"seats": null} for no limit. */
    @PutMapping("/seats")
    public Map<String, Object> seats(@PathVariable String app, @RequestBody Map<String, Object> body) {
        Long n = Bodies.optLong(body, "seats");
        if (n != null && n < 0) {
            throw new IllegalArgumentException("seats must be >= 0");
        }
        appOnly(app).seats(n == null ? null : n.intValue());
        return get(app);
    }

    @PutMapping("/visible-range")
    public Map<String, Object> visible(@PathVariable String app, @RequestBody Map<String, Object> body) {
        AppSettings s = appOnly(app);
        var depts = Bodies.longs(body, "departments");
        depts.forEach(d -> {
            if (state.world().directory().department(d) == null) {
                throw new IllegalArgumentException("no department " + d);
            }
        });
        var users = body.containsKey("users") ? Bodies.strings(body, "users") : java.util.List.<String>of();
        users.forEach(u -> {
            if (state.world().directory().member(u) == null) {
                throw new IllegalArgumentException("no member " + u);
            }
        });
        s.visibleDepartments(depts);
        s.visibleUsers(users);
        return get(app);
    }

    @PutMapping("/trusted-domains")
    public Map<String, Object> domains(@PathVariable String app, @RequestBody Map<String, Object> body) {
        appOnly(app).trustedDomains(Bodies.strings(body, "domains"));
        return get(app);
    }

    @PutMapping("/external-contact-access")
    public Map<String, Object> externalAccess(@PathVariable String app, @RequestBody Map<String, Object> body) {
        appOnly(app).externalContactAccess(Boolean.parseBoolean(Bodies.string(body, "enabled")));
        return get(app);
    }

    /** Saves the callback like the console: only after the URL answered the echostr check. */
    @PutMapping("/callback")
    public ResponseEntity<Map<String, Object>> callback(@PathVariable String app, @RequestBody Map<String, Object> body) {
        CallbackSettings s = new CallbackSettings(Bodies.string(body, "url"), Bodies.string(body, "token"),
                Bodies.string(body, "encoding_aes_key"));
        CallbackService.Verification v = callbacks.verify(s);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("saved", v.ok());
        out.put("verification", v);
        if (!v.ok()) {
            return ResponseEntity.status(422).body(out);
        }
        settings(app).callback(s);
        return ResponseEntity.ok(out);
    }

    @DeleteMapping("/callback")
    public Map<String, Object> removeCallback(@PathVariable String app) {
        settings(app).callback(null);
        return get(app);
    }

    @PostMapping("/tokens/revoke")
    public Map<String, Object> revoke(@PathVariable String app) {
        tokens.revoke(AppKind.fromKey(app));
        return Map.of("revoked", app);
    }

    private AppSettings settings(String app) {
        return state.app(AppKind.fromKey(app));
    }

    private AppSettings appOnly(String app) {
        AppSettings s = settings(app);
        if (s.kind() != AppKind.APP) {
            throw new IllegalArgumentException("only the self-built app ('app') has this setting");
        }
        return s;
    }
}
