package io.qike.sandbox.wecom.admin;

import io.qike.sandbox.wecom.callback.CallbackService;
import io.qike.sandbox.wecom.core.AppKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fires events at an app's callback URL. Body: {"event": "change_contact", "change_type": "update_user",
 * "fields": {"UserID": "ZhangWei", ...}, "retry_delay_ms": 1000}; the fields become XML elements after
 * ChangeType, in the given order, so any documented event can be reproduced.
 */
@RestController("wecomAdminCallbackController")
@RequestMapping("/sandbox/admin/wecom/callbacks")
public class AdminCallbackController {
    private static final Set<String> EVENTS = Set.of("change_contact", "change_external_contact", "change_external_chat",
            "change_external_tag", "msgaudit_notify");
    private final CallbackService callbacks;

    public AdminCallbackController(CallbackService callbacks) {
        this.callbacks = callbacks;
    }

    @PostMapping("/{app}/events")
    public CallbackService.Delivery fire(@PathVariable String app, @RequestBody Map<String, Object> body) {
        String event = Bodies.string(body, "event");
        if (!EVENTS.contains(event)) {
            throw new IllegalArgumentException("event must be one of " + EVENTS);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.get("change_type") != null) {
            fields.put("ChangeType", String.valueOf(body.get("change_type")));
        }
        Object extra = body.getOrDefault("fields", Map.of());
        if (!(extra instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("'fields' must be an object");
        }
        m.forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
        Long delay = Bodies.optLong(body, "retry_delay_ms");
        return callbacks.deliver(AppKind.fromKey(app), event, fields, delay == null ? 1000 : delay);
    }

    @GetMapping("/deliveries")
    public List<CallbackService.Delivery> deliveries() {
        return callbacks.deliveries();
    }
}
