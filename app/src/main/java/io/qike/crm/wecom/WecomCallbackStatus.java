package io.qike.crm.wecom;

import io.qike.crm.wecom.store.WecomCallbackRepository;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/** When the current enterprise last received each type of callback event (for the diagnosis and the page). */
@Component
public class WecomCallbackStatus {
    private final WecomCallbackRepository inbox;

    WecomCallbackStatus(WecomCallbackRepository inbox) {
        this.inbox = inbox;
    }

    public Map<String, Instant> lastReceived() {
        return inbox.lastReceived();
    }
}
