package io.qike.sandbox.wecom.admin;

import io.qike.sandbox.wecom.archive.Archive;
import io.qike.sandbox.wecom.archive.ChatRecord;
import io.qike.sandbox.wecom.callback.CallbackService;
import io.qike.sandbox.wecom.core.AppKind;
import io.qike.sandbox.wecom.core.IpRules;
import io.qike.sandbox.wecom.core.SimClock;
import io.qike.sandbox.wecom.core.WeComState;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 会话内容存档 console: public keys and their versions, trusted IPs, licence, new messages. */
@RestController("wecomAdminArchiveController")
@RequestMapping("/sandbox/admin/wecom/archive")
public class AdminArchiveController {
    private final WeComState state;
    private final SimClock clock;
    private final CallbackService callbacks;

    public AdminArchiveController(WeComState state, SimClock clock, CallbackService callbacks) {
        this.state = state;
        this.clock = clock;
        this.callbacks = callbacks;
    }

    @GetMapping
    public Map<String, Object> overview() {
        Archive a = state.world().archive();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("messages", a.size());
        j.put("public_keys", a.keys().stream().map(k -> Map.of("publickey_ver", k.version(), "public_key", k.pem())).toList());
        j.put("trusted_ips", state.archiveSettings().trustedIps());
        j.put("licence_expires_at", state.archiveSettings().licenceExpiresAtMillis() / 1000);
        j.put("licence_expired", state.archiveSettings().licenceExpiresAtMillis() <= clock.nowMillis());
        return j;
    }

    /** {"public_key": PEM, "publickey_ver": optional} → the version now in force (the console adds one per change). */
    @PostMapping("/public-keys")
    public Map<String, Object> register(@RequestBody Map<String, Object> body) {
        Long v = Bodies.optLong(body, "publickey_ver");
        int version = state.world().archive().registerKey(Bodies.string(body, "public_key"), v == null ? null : v.intValue());
        return Map.of("publickey_ver", version);
    }

    @PutMapping("/trusted-ips")
    public Map<String, Object> trustedIps(@RequestBody Map<String, Object> body) {
        List<String> ips = Bodies.strings(body, "ips");
        ips.forEach(IpRules::validate);
        state.archiveSettings().trustedIps(ips);
        return overview();
    }

    /** {"expires_at": epoch seconds} or {"expired": true|false}. */
    @PutMapping("/licence")
    public Map<String, Object> licence(@RequestBody Map<String, Object> body) {
        Long at = Bodies.optLong(body, "expires_at");
        if (at != null) {
            state.archiveSettings().licenceExpiresAtMillis(at * 1000);
        } else {
            boolean expired = Boolean.parseBoolean(Bodies.string(body, "expired"));
            state.archiveSettings().licenceExpiresAtMillis(clock.nowMillis() + (expired ? -1000 : 365L * 86_400_000L));
        }
        return overview();
    }

    /** {"count": n, "notify": true}: archives n new messages now and, if asked, sends msgaudit_notify. */
    @PostMapping("/messages")
    public ResponseEntity<Map<String, Object>> append(@RequestBody Map<String, Object> body) {
        Long count = Bodies.optLong(body, "count");
        if (count == null || count < 1 || count > 10_000) {
            throw new IllegalArgumentException("count must be 1..10000");
        }
        List<ChatRecord> added = state.world().archive().append(count.intValue(), clock.nowMillis());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("first_seq", added.get(0).seq());
        out.put("last_seq", added.get(added.size() - 1).seq());
        if (Boolean.TRUE.equals(body.get("notify"))) {
            out.put("notify", callbacks.deliver(AppKind.ARCHIVE, "msgaudit_notify", Map.of(), 1000));
        }
        return ResponseEntity.ok(out);
    }

    /** The decrypted JSON of one archived message, to compare with what the product decrypted. */
    @GetMapping("/messages/{seq}")
    public ResponseEntity<Map<String, Object>> message(@PathVariable long seq) {
        Map<String, Object> plain = state.world().archive().plaintext(seq);
        return plain == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(plain);
    }
}
