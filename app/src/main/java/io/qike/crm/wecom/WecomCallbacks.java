package io.qike.crm.wecom;

import io.qike.crm.platform.NotFoundException;
import io.qike.crm.platform.TenantContext;
import io.qike.crm.wecom.callback.EventXml;
import io.qike.crm.wecom.callback.WecomMsgCrypt;
import io.qike.crm.wecom.store.WecomCallbackRepository;
import io.qike.crm.wecom.store.WecomConnectionRepository;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 接收事件服务器: the URL verification and the events WeCom pushes. Only corps bound to an enterprise are answered
 * (an unknown corp is "not found", before anything is decrypted). An event is checked (signature, receiveid,
 * timestamp within the window, never seen before), stored and published in one short transaction, and handled
 * afterwards ({@link WecomInbox}), so WeCom gets its answer within milliseconds.
 */
@Service
public class WecomCallbacks {
    /** How far a callback's timestamp may be from our clock, and how long a msg_signature + nonce is remembered. */
    static final long WINDOW_SECONDS = 300;
    private final WecomConnectionRepository connectionRepository;
    private final WecomConnections connections;
    private final WecomCallbackRepository inbox;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    WecomCallbacks(WecomConnectionRepository connectionRepository, WecomConnections connections, WecomCallbackRepository inbox,
                   ApplicationEventPublisher events, TransactionTemplate tx) {
        this.connectionRepository = connectionRepository;
        this.connections = connections;
        this.inbox = inbox;
        this.events = events;
        this.tx = tx;
    }

    /** A refused callback: the reason is a stable code (signature, receiveid, stale, replay, decrypt, not_configured). */
    public static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** URL verification: answers the decrypted echostr, and remembers that the callback was verified. */
    public String verifyUrl(String corpId, String msgSignature, String timestamp, String nonce, String echostr) {
        long tenantId = tenantOf(corpId);
        return TenantContext.callAs(tenantId, () -> {
            String echo = open(tenantId, msgSignature, timestamp, nonce, echostr);
            tx.executeWithoutResult(s -> connectionRepository.callbackVerified());
            return echo;
        });
    }

    /** An event: {@code body} is WeCom's {@code <xml><ToUserName/><AgentID/><Encrypt/></xml>}. */
    public void receive(String corpId, String msgSignature, String timestamp, String nonce, String body) {
        long tenantId = tenantOf(corpId);
        String encrypted;
        try {
            encrypted = EventXml.fields(body).get("Encrypt");
        } catch (IllegalArgumentException e) {
            throw new Refused("decrypt");
        }
        TenantContext.runAs(tenantId, () -> {
            String xml = open(tenantId, msgSignature, timestamp, nonce, encrypted);
            Map<String, String> fields;
            try {
                fields = EventXml.fields(xml);
            } catch (IllegalArgumentException e) {
                throw new Refused("decrypt");
            }
            String event = fields.getOrDefault("Event", fields.getOrDefault("MsgType", "unknown"));
            tx.executeWithoutResult(s -> {
                if (!inbox.firstSighting(msgSignature, nonce, WINDOW_SECONDS)) throw new Refused("replay");
                long id = inbox.insert(corpId, event, fields.get("ChangeType"), xml);
                events.publishEvent(new WecomEventReceived(tenantId, id));
            });
        });
    }

    private long tenantOf(String corpId) {
        return connectionRepository.tenantOfCorp(corpId).orElseThrow(() -> new NotFoundException("wecom_corp", corpId));
    }

    private String open(long tenantId, String msgSignature, String timestamp, String nonce, String encrypted) {
        Credentials c = connections.credentials(tenantId).orElseThrow(() -> new NotFoundException("wecom_corp", tenantId));
        if (c.callbackToken() == null || c.encodingAesKey() == null) throw new Refused("not_configured");
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException | NullPointerException e) {
            throw new Refused("stale");
        }
        if (Math.abs(clock.instant().getEpochSecond() - ts) > WINDOW_SECONDS) throw new Refused("stale");
        try {
            return new WecomMsgCrypt(c.callbackToken(), c.encodingAesKey(), c.corpId()).open(msgSignature, timestamp, nonce, encrypted);
        } catch (WecomMsgCrypt.Refused e) {
            throw new Refused(e.reason());
        }
    }
}
