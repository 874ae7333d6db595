package io.qike.sandbox.wecom.api;

import io.qike.sandbox.wecom.core.Resettable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every message/send the simulator accepted, for inspection through the admin API. */
@Component("wecomSentMessages")
public class SentMessages implements Resettable {
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Sent(String msgid, int agentid, long sentAtMillis, String msgtype, List<String> deliveredTo,
                       String invaliduser, String invalidparty, String invalidtag, Map<String, Object> request,
                       boolean recalled) {
    }

    private final List<Sent> sent = new ArrayList<>();

    synchronized void add(Sent s) {
        sent.add(s);
    }

    /** Marks a message recalled; false when the msgid is unknown or already recalled. */
    synchronized boolean recall(String msgid) {
        for (int i = 0; i < sent.size(); i++) {
            Sent s = sent.get(i);
            if (s.msgid().equals(msgid) && !s.recalled()) {
                sent.set(i, new Sent(s.msgid(), s.agentid(), s.sentAtMillis(), s.msgtype(), s.deliveredTo(),
                        s.invaliduser(), s.invalidparty(), s.invalidtag(), s.request(), true));
                return true;
            }
        }
        return false;
    }

    public synchronized List<Sent> all() {
        return List.copyOf(new ArrayList<>(sent));
    }

    @Override
    public synchronized void reset() {
        sent.clear();
    }
}
